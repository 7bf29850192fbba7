using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rounds;

namespace Recruitment.Application.Rounds.OpenRound;

/// <summary>
/// Computes the next round on the wishes in play and sends its offers. Refused while a round is open, when the
/// result fails verification, or when it would take a held seat away from anyone (only a candidate's own answer
/// can lose a seat).
/// </summary>
public sealed record OpenRoundCommand(int Year, DateTimeOffset? AnswersDueAt) : ICommand<RoundOpened>;

public sealed record RoundOpened(int Number, int Candidates, int Offers, string InputSha256, string OutputSha256);

internal sealed class OpenRoundHandler(IApplicationDbContext db, RoundEngine engine, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<OpenRoundCommand, RoundOpened>
{
    public async ValueTask<RoundOpened> Handle(OpenRoundCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(command.Year, cancellationToken);
        var rounds = await db.AllocationRounds.Where(r => r.CampaignId == campaign.Id).Select(r => new { r.Number, r.Status }).ToListAsync(cancellationToken);
        if (rounds.Any(r => r.Status == RoundStatus.Open))
        {
            throw new DomainException("A round is still open: close it after its answer deadline before opening the next one.");
        }

        var number = rounds.Count + 1;
        var now = clock.GetUtcNow();
        var due = command.AnswersDueAt ?? campaign.Rounds.FirstOrDefault(r => r.Number == number)?.AnswersDueAt
            ?? throw new DomainException($"Round {number} has no planned answer deadline: give one.");

        var rankings = await engine.PublishedRankingsAsync(campaign, cancellationToken);
        if (rankings.Values.All(r => r.Count == 0))
        {
            throw new DomainException("No merit ranking is published yet: rounds allocate seats by the published rankings.");
        }

        var candidacies = await engine.CandidaciesAsync(campaign, rankings, cancellationToken);
        var instance = await engine.InstanceAsync(campaign, rankings, candidacies, null, cancellationToken);
        var result = RoundEngine.AllocateAndVerify(instance);
        var byNumber = candidacies.ToDictionary(c => c.ApplicationNumber, StringComparer.Ordinal);

        var offers = new List<RoundOffer>();
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Assignments.Count; i++)
        {
            var assignment = result.Assignments[i];
            var candidacy = byNumber[assignment.Candidate];
            if (candidacy.HeldPool is { } kept && (assignment.Pool is null || candidacy.Wishes.ToList().IndexOf(assignment.Pool) > candidacy.Wishes.ToList().IndexOf(kept)))
            {
                throw new DomainException(
                    $"This round would take {candidacy.ApplicationNumber}'s seat in {kept} away, which only their own answer may do. " +
                    "Were capacities reduced below the seats already held? Restore them, then open the round.");
            }

            var alreadyHeld = assignment.Pool is not null && assignment.Pool == candidacy.HeldPool;
            if (alreadyHeld)
            {
                held[assignment.Pool!] = held.GetValueOrDefault(assignment.Pool!) + 1;
            }

            var answer = assignment.Pool is null ? OfferAnswer.Pending
                : candidacy.Status == CandidacyStatus.Settled ? OfferAnswer.AcceptFinal
                : alreadyHeld ? OfferAnswer.AcceptWaiting
                : OfferAnswer.Pending;
            offers.Add(RoundOffer.Create(candidacy.ApplicationNumber, assignment.Pool, alreadyHeld, answer, RoundEngine.Explanation(result.ExplainAt(i))));
        }

        var input = RoundEngine.Input(instance);
        var output = RoundEngine.Output(result);
        var figures = result.Pools.Select(p =>
        {
            var kept = held.GetValueOrDefault(p.Id);
            return new RoundPoolFigures(p.Id, p.Capacity, kept, p.Admitted - kept, p.Capacity - p.Admitted, p.WaitingList, p.LastAdmittedRank);
        });

        var round = AllocationRound.Open(campaign.Id, number, now, user.DisplayName, due, RoundEngine.EngineVersion, input.Bytes, input.Sha256, output.Bytes, output.Sha256, offers, figures);
        db.AllocationRounds.Add(round);
        audit.Record("Campaign", campaign.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "RoundOpened",
            $"Round {number}: {offers.Count(o => o.AwaitsAnswer)} new offer(s), input {input.Sha256}, output {output.Sha256}");
        await db.SaveChangesAsync(cancellationToken);
        return new RoundOpened(number, candidacies.Count(c => c.Status != CandidacyStatus.Resigned), offers.Count(o => o.AwaitsAnswer), input.Sha256, output.Sha256);
    }
}

internal sealed class OpenRoundValidator : AbstractValidator<OpenRoundCommand>
{
    public OpenRoundValidator(TimeProvider clock)
    {
        RuleFor(c => c.AnswersDueAt)
            .Must(due => due is null || due > clock.GetUtcNow())
            .WithMessage(_ => Text.Get("The answer deadline must be in the future."));
    }
}

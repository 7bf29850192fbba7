using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rounds;

namespace Recruitment.Application.Rounds.CloseRound;

/// <summary>
/// Closes the open round after its deadline: every offer left unanswered is applied as the campaign says (a
/// resignation by default).
/// </summary>
public sealed record CloseRoundCommand(int Year) : ICommand<RoundClosed>;

public sealed record RoundClosed(int Number, int Unanswered);

internal sealed class CloseRoundHandler(IApplicationDbContext db, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<CloseRoundCommand, RoundClosed>
{
    public async ValueTask<RoundClosed> Handle(CloseRoundCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(command.Year, cancellationToken);
        var round = await db.AllocationRounds.Include(r => r.Offers)
            .SingleOrDefaultAsync(r => r.CampaignId == campaign.Id && r.Status == RoundStatus.Open, cancellationToken)
            ?? throw new DomainException("No round is open.");
        var now = clock.GetUtcNow();
        round.Close(now, user.DisplayName);

        var pending = round.Offers.Where(o => o.AwaitsAnswer).ToList();
        var numbers = pending.Select(o => o.ApplicationNumber).ToList();
        var candidacies = await db.Candidacies.Where(c => c.CampaignId == campaign.Id && numbers.Contains(c.ApplicationNumber))
            .ToDictionaryAsync(c => c.ApplicationNumber, StringComparer.Ordinal, cancellationToken);
        foreach (var offer in pending)
        {
            var change = candidacies[offer.ApplicationNumber].Answer(OfferAnswer.NoAnswer, offer.Pool!, campaign.NoAnswerMeansResignation);
            offer.Record(OfferAnswer.NoAnswer, now);
            audit.Record(AuditLog.ApplicationSubject, offer.ApplicationNumber, "OfferUnanswered", $"Round {round.Number}, {offer.Pool}: no answer by the deadline. {change}");
        }

        audit.Record("Campaign", campaign.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "RoundClosed", $"Round {round.Number} closed; {pending.Count} offer(s) unanswered");
        await db.SaveChangesAsync(cancellationToken);
        return new RoundClosed(round.Number, pending.Count);
    }
}

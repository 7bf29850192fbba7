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

        var opened = await engine.OpenAsync(campaign, number, due, now, user.DisplayName, cancellationToken);
        audit.Record("Campaign", campaign.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), "RoundOpened", RoundEngine.AuditDetails(opened));
        await db.SaveChangesAsync(cancellationToken);
        return opened;
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

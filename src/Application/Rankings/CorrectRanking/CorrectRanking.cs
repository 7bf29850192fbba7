using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.CorrectRanking;

/// <summary>
/// After publication, computes a new version of a track's ranking from the current marks and rules, with the published
/// seed and a reason. It is published like the first one, by a second officer; the published version stays as it was
/// until then. A correction not yet approved is computed again in place.
/// </summary>
public sealed record CorrectRankingCommand(int Year, string Track, string Reason) : ICommand<RankingVersionDto>;

internal sealed class CorrectRankingHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<CorrectRankingCommand, RankingVersionDto>
{
    public async ValueTask<RankingVersionDto> Handle(CorrectRankingCommand command, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, command.Year, command.Track, cancellationToken);
        var seed = await scope.Versions(db).Where(v => v.Status == RankingStatus.Published).Select(v => v.Seed).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(Text.Format("The ranking of {0} is not published: there is nothing to correct yet; compute it again instead.", scope.Track));
        var latest = await scope.Versions(db).FirstAsync(cancellationToken);
        var settings = await db.RankingSettings.AsNoTracking().SingleAsync(s => s.CampaignId == scope.CampaignId && s.TrackId == scope.TrackId, cancellationToken);
        var rules = settings.ToRules(scope.Year, scope.Track);
        var (candidates, ids) = await RankingComputation.CandidatesAsync(db, scope.CampaignId, scope.TrackId, rules, cancellationToken);
        var result = MeritRanking.Compute(rules, candidates, seed);

        var now = clock.GetUtcNow();
        var actor = user.UserId ?? throw new InvalidOperationException("A ranking is corrected by a signed-in officer.");
        if (latest.Status == RankingStatus.Computed)
        {
            latest.Recompute(result, command.Reason, actor, user.DisplayName, now);
        }
        else
        {
            latest = RankingVersion.Create(scope.CampaignId, scope.TrackId, latest.Number + 1, result, command.Reason, actor, user.DisplayName, now);
            db.RankingVersions.Add(latest);
        }

        audit.Record(RankingScope.AuditSubject, scope.AuditKey, "RankingCorrected", RankingComputation.Describe(latest));
        await RankingComputation.SaveAsync(db, latest, result, candidates, ids, cancellationToken);
        return RankingVersionDto.From(scope, latest, user.UserId);
    }
}

internal sealed class CorrectRankingValidator : AbstractValidator<CorrectRankingCommand>
{
    public CorrectRankingValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(Domain.Campaigns.Campaign.MinYear, Domain.Campaigns.Campaign.MaxYear);
        RuleFor(c => c.Track).NotEmpty().MaximumLength(Domain.Consortium.ReferenceCode.MaxLength);
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage(_ => Text.Get("Say why the ranking is corrected: the reason is kept with the new version."))
            .MaximumLength(RankingVersion.ReasonMaxLength);
    }
}

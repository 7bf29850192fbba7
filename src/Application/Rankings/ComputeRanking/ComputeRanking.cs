using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.ComputeRanking;

/// <summary>
/// Computes a track's first ranking with the lottery seed the officer enters once registration has closed. It can be
/// computed again, with the same or another seed, until a second officer approves it; after publication only a
/// correction (<see cref="CorrectRanking.CorrectRankingCommand"/>) makes a new version.
/// </summary>
public sealed record ComputeRankingCommand(int Year, string Track, string Seed) : ICommand<RankingVersionDto>;

internal sealed class ComputeRankingHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<ComputeRankingCommand, RankingVersionDto>
{
    public async ValueTask<RankingVersionDto> Handle(ComputeRankingCommand command, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, command.Year, command.Track, cancellationToken);
        var now = clock.GetUtcNow();
        if (now < scope.RegistrationClosesAt)
        {
            throw new DomainException(Text.Get("Registration is still open: the lottery seed is entered, and the ranking computed, once registration has closed."));
        }

        var latest = await scope.Versions(db).FirstOrDefaultAsync(cancellationToken);
        // Only an unapproved first version is computed again; any later one is a correction of a published version.
        if (latest is not null && (latest.IsPublished || latest.Number > 1))
        {
            throw new DomainException(Text.Format(
                "The ranking of {0} is published and can no longer be computed again: a correction, with its reason, makes a new version.", scope.Track));
        }

        var settings = await db.RankingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.CampaignId == scope.CampaignId && s.TrackId == scope.TrackId, cancellationToken)
            ?? throw new DomainException(Text.Format("Set the ranking rules of {0} before computing its ranking.", scope.Track));
        var rules = settings.ToRules(scope.Year, scope.Track);
        var (candidates, ids) = await RankingComputation.CandidatesAsync(db, scope.CampaignId, scope.TrackId, rules, cancellationToken);
        var result = MeritRanking.Compute(rules, candidates, command.Seed);

        var actor = user.UserId ?? throw new InvalidOperationException("A ranking is computed by a signed-in officer.");
        if (latest is null)
        {
            latest = RankingVersion.Create(scope.CampaignId, scope.TrackId, 1, result, null, actor, user.DisplayName, now);
            db.RankingVersions.Add(latest);
        }
        else
        {
            latest.Recompute(result, null, actor, user.DisplayName, now);
        }

        audit.Record(RankingScope.AuditSubject, scope.AuditKey, "RankingComputed", RankingComputation.Describe(latest));
        await RankingComputation.SaveAsync(db, latest, result, candidates, ids, cancellationToken);
        return RankingVersionDto.From(scope, latest, user.UserId);
    }
}

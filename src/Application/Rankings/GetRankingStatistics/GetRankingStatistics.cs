using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.GetRankingStatistics;

/// <summary>The figures of a version of a track's ranking: counts, bar, extremes, mean, median and score histogram.</summary>
/// <param name="Version">The version; the latest one when null.</param>
public sealed record GetRankingStatisticsQuery(int Year, string Track, int? Version = null) : IQuery<RankingStatisticsDto>;

public sealed record RankingStatisticsDto(RankingVersionDto Version, RankingStatistics Statistics);

internal sealed class GetRankingStatisticsHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user)
    : IQueryHandler<GetRankingStatisticsQuery, RankingStatisticsDto>
{
    public async ValueTask<RankingStatisticsDto> Handle(GetRankingStatisticsQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, query.Year, query.Track, cancellationToken);
        var (versionId, version) = await scope.DescribeAsync(db, query.Version, user.UserId, cancellationToken);
        var scored = await db.RankingEntries.AsNoTracking()
            .Where(e => e.RankingVersionId == versionId && e.Outcome != RankingOutcome.MissingMarks)
            .OrderBy(e => e.Outcome).ThenBy(e => e.Rank)
            .Select(e => new { e.Outcome, e.ScoreTenThousandths })
            .ToListAsync(cancellationToken);
        var ranked = scored.Where(e => e.Outcome == RankingOutcome.Ranked).Select(e => Score(e.ScoreTenThousandths)).ToList();
        var notAdmissible = scored.Where(e => e.Outcome == RankingOutcome.NotAdmissible).Select(e => Score(e.ScoreTenThousandths));
        return new RankingStatisticsDto(version, RankingStatistics.Of(ranked, notAdmissible, version.MissingMarks));
    }

    private static decimal Score(int? tenThousandths) => new(tenThousandths!.Value, 0, 0, false, 4);
}

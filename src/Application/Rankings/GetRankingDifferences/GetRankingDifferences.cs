using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.GetRankingDifferences;

/// <summary>
/// How a version differs from the published version before it: each candidate who entered or left the ranking, or
/// whose rank or score changed. Version 1 has nothing to be compared with.
/// </summary>
public sealed record GetRankingDifferencesQuery(int Year, string Track, int Version) : IQuery<RankingDifferencesDto>;

/// <param name="Previous">The published version compared with; null for a first version.</param>
public sealed record RankingDifferencesDto(int Version, int? Previous, string? Reason, IReadOnlyList<RankingDifference> Differences);

internal sealed class GetRankingDifferencesHandler(IApplicationDbContext db, ApplicationAccess access)
    : IQueryHandler<GetRankingDifferencesQuery, RankingDifferencesDto>
{
    public async ValueTask<RankingDifferencesDto> Handle(GetRankingDifferencesQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, query.Year, query.Track, cancellationToken);
        var (versionId, version) = await scope.DescribeAsync(db, query.Version, null, cancellationToken);
        var previous = await scope.Versions(db).AsNoTracking()
            .Where(v => v.Number < version.Number && v.Status != RankingStatus.Computed)
            .Select(v => new { v.Id, v.Number })
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is null)
        {
            return new RankingDifferencesDto(version.Number, null, version.Reason, []);
        }

        var differences = RankingDifferences.Between(await LinesAsync(previous.Id, cancellationToken), await LinesAsync(versionId, cancellationToken));
        return new RankingDifferencesDto(version.Number, previous.Number, version.Reason, differences);
    }

    private async Task<IReadOnlyList<RankingLine>> LinesAsync(int versionId, CancellationToken cancellationToken) =>
        (await db.RankingEntries.AsNoTracking()
            .Where(e => e.RankingVersionId == versionId && e.Outcome == RankingOutcome.Ranked)
            .Select(e => new { e.Rank, e.ApplicationNumber, e.ScoreTenThousandths })
            .ToListAsync(cancellationToken))
        .Select(e => new RankingLine(e.Rank!.Value, e.ApplicationNumber, new decimal(e.ScoreTenThousandths!.Value, 0, 0, false, 4)))
        .ToList();
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Rankings.ListRankingVersions;

/// <summary>Every version of a track's ranking, newest first: all are kept, published or not.</summary>
public sealed record ListRankingVersionsQuery(int Year, string Track) : IQuery<IReadOnlyList<RankingVersionDto>>;

internal sealed class ListRankingVersionsHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user)
    : IQueryHandler<ListRankingVersionsQuery, IReadOnlyList<RankingVersionDto>>
{
    public async ValueTask<IReadOnlyList<RankingVersionDto>> Handle(ListRankingVersionsQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, query.Year, query.Track, cancellationToken);

        // The canonical text can be megabytes: it is left in the database.
        var versions = await scope.Versions(db).AsNoTracking()
            .Select(v => new
            {
                v.Number, v.Status, v.Seed, v.Subjects, v.BarHundredths, v.TieBreakChain, v.Ranked, v.NotAdmissible, v.MissingMarks, v.Sha256,
                v.ComputedById, v.ComputedByName, v.ComputedAt, v.ApprovedByName, v.ApprovedAt, v.Reason,
            })
            .ToListAsync(cancellationToken);
        return versions.Select(v => new RankingVersionDto(
                scope.Year,
                scope.Track,
                v.Number,
                v.Status,
                v.Seed,
                Domain.Rankings.RankingRulesText.Subjects(v.Subjects),
                Domain.Rankings.RankingRulesText.FromHundredths(v.BarHundredths),
                Domain.Rankings.RankingRulesText.Chain(v.TieBreakChain),
                v.Ranked,
                v.NotAdmissible,
                v.MissingMarks,
                v.Sha256,
                v.ComputedByName,
                v.ComputedAt,
                v.ApprovedByName,
                v.ApprovedAt,
                v.Reason,
                v.ComputedById == user.UserId))
            .ToList();
    }
}

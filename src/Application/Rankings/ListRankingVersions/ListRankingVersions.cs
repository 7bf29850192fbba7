using Mediator;
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
        return (await scope.DescribeAllAsync(db, null, user.UserId, cancellationToken)).Select(v => v.Version).ToList();
    }
}

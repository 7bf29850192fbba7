using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.ExportRanking;

/// <summary>
/// The CSV export of a published version: exactly its canonical text (docs/ranking-hash.md), so that the SHA-256 of
/// the file is the published hash, which its name carries.
/// </summary>
/// <param name="Version">The version; the current published one when null.</param>
public sealed record ExportRankingQuery(int Year, string Track, int? Version = null) : IQuery<RankingExport>;

public sealed record RankingExport(string FileName, string Sha256, byte[] Content);

internal sealed class ExportRankingHandler(IApplicationDbContext db, ApplicationAccess access) : IQueryHandler<ExportRankingQuery, RankingExport>
{
    public async ValueTask<RankingExport> Handle(ExportRankingQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, query.Year, query.Track, cancellationToken);
        var version = query.Version is null
            ? await scope.Versions(db).AsNoTracking().FirstOrDefaultAsync(v => v.Status == RankingStatus.Published, cancellationToken)
                ?? throw new NotFoundException(Text.Format("The ranking of {0} is not published yet.", scope.Track))
            : await scope.VersionAsync(db, query.Version, forUpdate: false, cancellationToken);
        if (!version.IsPublished)
        {
            throw new DomainException(Text.Format("Version {0} of the ranking of {1} is not published yet: only a published ranking is exported.", version.Number, scope.Track));
        }

        var dto = RankingVersionDto.From(scope, version, null);
        return new RankingExport(dto.FileName, version.Sha256, version.Content);
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.GetRankingPage;

/// <summary>
/// A page of one list of a ranking version (ranked in rank order, not admissible by score, missing marks by number),
/// optionally narrowed to candidates whose name or application number contains every word searched.
/// </summary>
/// <param name="Version">The version; the latest one when null.</param>
public sealed record GetRankingPageQuery(
    int Year,
    string Track,
    int? Version = null,
    RankingOutcome List = RankingOutcome.Ranked,
    string? Search = null,
    int Page = 1,
    int PageSize = GetRankingPageQuery.DefaultPageSize) : IQuery<RankingPageDto>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    public const int SearchMaxLength = 200;
}

public sealed record RankingPageDto(RankingVersionDto Version, RankingOutcome List, IReadOnlyList<RankingLineDto> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <param name="Marks">The marks the version used, as <c>MATH:12.50,PHYS:14.00</c>.</param>
/// <param name="MissingSubjects">For missing marks: the subjects without a mark, as <c>INFO,PHYS</c>.</param>
public sealed record RankingLineDto(int? Rank, string Number, string? LastName, string? FirstName, decimal? Score, string? SeparatedBy, string Marks, string? MissingSubjects);

internal sealed class GetRankingPageHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user) : IQueryHandler<GetRankingPageQuery, RankingPageDto>
{
    private const int MaxSearchWords = 6;

    public async ValueTask<RankingPageDto> Handle(GetRankingPageQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, query.Year, query.Track, cancellationToken);
        var (versionId, version) = await scope.DescribeAsync(db, query.Version, user.UserId, cancellationToken);
        var lines =
            from e in db.RankingEntries.AsNoTracking()
            join a in db.Applications.AsNoTracking() on e.ApplicationFileId equals a.Id
            where e.RankingVersionId == versionId && e.Outcome == query.List
            select new { Entry = e, Application = a };
        foreach (var word in Words(query.Search))
        {
            var typed = word.ToLowerInvariant();
            var normalised = PersonName.Normalize(word);
            lines = normalised.Length == 0 || normalised == typed
                ? lines.Where(l => l.Application.SearchText.Contains(typed))
                : lines.Where(l => l.Application.SearchText.Contains(typed) || l.Application.SearchText.Contains(normalised));
        }

        var ordered = query.List switch
        {
            RankingOutcome.Ranked => lines.OrderBy(l => l.Entry.Rank),
            RankingOutcome.NotAdmissible => lines.OrderByDescending(l => l.Entry.ScoreTenThousandths).ThenBy(l => l.Entry.ApplicationNumber),
            _ => lines.OrderBy(l => l.Entry.ApplicationNumber),
        };
        var total = await lines.CountAsync(cancellationToken);
        var page = await ordered
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(l => new
            {
                l.Entry.Rank,
                l.Entry.ApplicationNumber,
                LastName = l.Application.Identity == null ? null : l.Application.Identity.LastName,
                FirstName = l.Application.Identity == null ? null : l.Application.Identity.FirstName,
                l.Entry.ScoreTenThousandths,
                l.Entry.SeparatedBy,
                l.Entry.Marks,
                l.Entry.MissingSubjects,
            })
            .ToListAsync(cancellationToken);
        var items = page.Select(l => new RankingLineDto(
                l.Rank,
                l.ApplicationNumber,
                l.LastName,
                l.FirstName,
                l.ScoreTenThousandths is { } score ? new decimal(score, 0, 0, false, 4) : null,
                l.SeparatedBy,
                l.Marks,
                l.MissingSubjects))
            .ToList();
        return new RankingPageDto(version, query.List, items, total, query.Page, query.PageSize);
    }

    private static IEnumerable<string> Words(string? search) =>
        string.IsNullOrWhiteSpace(search)
            ? []
            : search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxSearchWords);
}

internal sealed class GetRankingPageValidator : AbstractValidator<GetRankingPageQuery>
{
    public GetRankingPageValidator()
    {
        RuleFor(q => q.Track).NotEmpty().MaximumLength(Domain.Consortium.ReferenceCode.MaxLength);
        RuleFor(q => q.List).IsInEnum();
        RuleFor(q => q.Page).InclusiveBetween(1, 100_000);
        RuleFor(q => q.PageSize).InclusiveBetween(1, GetRankingPageQuery.MaxPageSize);
        RuleFor(q => q.Search).MaximumLength(GetRankingPageQuery.SearchMaxLength);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.GetApplicationRanking;

/// <summary>
/// An application's result in the published ranking of its track: the marks it was ranked on, its score and rank.
/// Before publication there is nothing (404), and an applicant never learns anything of another application (404).
/// </summary>
/// <param name="Number">The application; the caller's own latest one when null.</param>
public sealed record GetApplicationRankingQuery(string? Number = null) : IQuery<ApplicationRankingDto>;

/// <param name="RankedCount">How many candidates the published ranking has, to read a rank against.</param>
/// <param name="Marks">Every subject of the ranking, with its coefficient and the mark used (null when missing).</param>
public sealed record ApplicationRankingDto(
    string Number,
    int Year,
    string CampaignName,
    string Track,
    string TrackName,
    int Version,
    DateTimeOffset PublishedAt,
    string Sha256,
    RankingOutcome Outcome,
    int? Rank,
    int RankedCount,
    decimal? Score,
    decimal AdmissibilityBar,
    IReadOnlyList<SubjectResultDto> Marks);

public sealed record SubjectResultDto(string Subject, string Name, decimal Coefficient, decimal? Mark);

internal sealed class GetApplicationRankingHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user)
    : IQueryHandler<GetApplicationRankingQuery, ApplicationRankingDto>
{
    public async ValueTask<ApplicationRankingDto> Handle(GetApplicationRankingQuery query, CancellationToken cancellationToken)
    {
        var number = query.Number ?? await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == user.UserId)
            .OrderByDescending(a => a.CreatedAt)
            .Select(a => a.Number)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Text.Get("You have no application."));
        await access.EnsureVisibleAsync(number, cancellationToken);

        var found = await (
                from e in db.RankingEntries.AsNoTracking()
                join v in db.RankingVersions.AsNoTracking() on e.RankingVersionId equals v.Id
                join a in db.Applications.AsNoTracking() on e.ApplicationFileId equals a.Id
                join c in db.Campaigns.AsNoTracking() on v.CampaignId equals c.Id
                join t in db.Tracks.AsNoTracking().IgnoreAutoIncludes() on v.TrackId equals t.Id
                where a.Number == number && v.Status == RankingStatus.Published
                select new
                {
                    e.Outcome, e.Rank, e.ScoreTenThousandths, e.Marks, e.MissingSubjects,
                    v.Number, v.Subjects, v.BarHundredths, v.Ranked, v.Sha256, v.ApprovedAt, TrackId = t.Id, Track = t.Code, TrackName = t.Name, c.Year, CampaignName = c.Name,
                })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Text.Get("There is no published ranking result for this application yet."));

        var names = await db.Tracks.AsNoTracking().Where(t => t.Id == found.TrackId).SelectMany(t => t.Subjects).ToDictionaryAsync(s => s.Code, s => s.Name, cancellationToken);
        var marks = RankingRulesText.Pairs(found.Marks).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var subjects = RankingRulesText.Subjects(found.Subjects)
            .Select(s => new SubjectResultDto(s.Subject, names.GetValueOrDefault(s.Subject, s.Subject), s.Coefficient, marks.TryGetValue(s.Subject, out var mark) ? mark : null))
            .ToList();
        return new ApplicationRankingDto(
            number,
            found.Year,
            found.CampaignName,
            found.Track,
            found.TrackName,
            found.Number,
            found.ApprovedAt!.Value,
            found.Sha256,
            found.Outcome,
            found.Rank,
            found.Ranked,
            found.ScoreTenThousandths is { } score ? new decimal(score, 0, 0, false, 4) : null,
            RankingRulesText.FromHundredths(found.BarHundredths),
            subjects);
    }
}

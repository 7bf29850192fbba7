using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.GetRankingOverview;

/// <summary>Where each track's ranking of a campaign stands: rules set, candidates, latest and published versions.</summary>
public sealed record GetRankingOverviewQuery(int? Year = null) : IQuery<RankingOverviewDto>;

/// <param name="Year">The campaign shown (the latest one when none was asked for); null when there is no campaign.</param>
public sealed record RankingOverviewDto(int? Year, string? CampaignName, DateTimeOffset? RegistrationClosesAt, IReadOnlyList<CampaignChoice> Campaigns, IReadOnlyList<TrackRankingDto> Tracks);

public sealed record CampaignChoice(int Year, string Name);

/// <param name="Candidates">Eligible, submitted applications of the track: those a ranking takes.</param>
/// <param name="Marks">Marks recorded for those applications.</param>
public sealed record TrackRankingDto(
    string Track,
    string TrackName,
    bool Configured,
    int Candidates,
    int Marks,
    int? LatestVersion,
    RankingStatus? LatestStatus,
    int? PublishedVersion,
    string? PublishedSha256,
    DateTimeOffset? PublishedAt);

internal sealed class GetRankingOverviewHandler(IApplicationDbContext db, ApplicationAccess access) : IQueryHandler<GetRankingOverviewQuery, RankingOverviewDto>
{
    public async ValueTask<RankingOverviewDto> Handle(GetRankingOverviewQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var campaigns = await db.Campaigns.AsNoTracking().OrderByDescending(c => c.Year).Select(c => new CampaignChoice(c.Year, c.Name)).ToListAsync(cancellationToken);
        var year = query.Year ?? campaigns.FirstOrDefault()?.Year;
        if (year is null)
        {
            return new RankingOverviewDto(null, null, null, campaigns, []);
        }

        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Year == year).Select(c => new { c.Id, c.Name, c.RegistrationClosesAt }).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Campaign", year);
        var applications = db.Applications.AsNoTracking()
            .Where(a => a.CampaignId == campaign.Id && a.Status == ApplicationStatus.Submitted && a.Eligibility == Eligibility.Eligible && a.Studies != null);
        var candidates = await applications.GroupBy(a => a.Studies!.TrackId).Select(g => new { TrackId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.TrackId, g => g.Count, cancellationToken);
        var marks = await (from m in db.ExamMarks join a in applications on m.ApplicationFileId equals a.Id group m by a.Studies!.TrackId into g select new { TrackId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TrackId, g => g.Count, cancellationToken);
        var configured = await db.RankingSettings.AsNoTracking().Where(s => s.CampaignId == campaign.Id).Select(s => s.TrackId).ToListAsync(cancellationToken);
        var versions = await db.RankingVersions.AsNoTracking()
            .Where(v => v.CampaignId == campaign.Id)
            .Select(v => new { v.TrackId, v.Number, v.Status, v.Sha256, v.ApprovedAt })
            .ToListAsync(cancellationToken);
        var tracks = await db.Tracks.AsNoTracking().IgnoreAutoIncludes().OrderBy(t => t.Id).Select(t => new { t.Id, t.Code, t.Name }).ToListAsync(cancellationToken);
        return new RankingOverviewDto(
            year,
            campaign.Name,
            campaign.RegistrationClosesAt,
            campaigns,
            tracks.Select(t =>
            {
                var latest = versions.Where(v => v.TrackId == t.Id).MaxBy(v => v.Number);
                var published = versions.SingleOrDefault(v => v.TrackId == t.Id && v.Status == RankingStatus.Published);
                return new TrackRankingDto(
                    t.Code,
                    t.Name,
                    configured.Contains(t.Id),
                    candidates.GetValueOrDefault(t.Id),
                    marks.GetValueOrDefault(t.Id),
                    latest?.Number,
                    latest?.Status,
                    published?.Number,
                    published?.Sha256,
                    published?.ApprovedAt);
            }).ToList());
    }
}

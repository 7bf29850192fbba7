using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings;

/// <summary>The campaign and track a ranking belongs to, as named in a request (year and track code).</summary>
public sealed record RankingScope(int CampaignId, int Year, string CampaignName, DateTimeOffset RegistrationClosesAt, int TrackId, string Track, string TrackName)
{
    /// <summary>The key of the ranking's audit entries, e.g. <c>2027/MP</c>.</summary>
    public string AuditKey => FormattableString.Invariant($"{Year}/{Track}");

    public const string AuditSubject = "Ranking";

    /// <summary>Merit rankings are computed, read and exported by admissions officers and administrators only.</summary>
    public static void EnsureStaff(ApplicationAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!access.IsStaff)
        {
            throw new ForbiddenAccessException(Text.Get("Merit rankings and marks are handled by admissions officers."));
        }
    }

    public static async Task<RankingScope> LoadAsync(IApplicationDbContext db, int year, string track, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var code = (track ?? string.Empty).Trim().ToUpperInvariant();
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => c.Year == year)
            .Select(c => new { c.Id, c.Year, c.Name, c.RegistrationClosesAt })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Campaign", year);
        var found = await db.Tracks.AsNoTracking().IgnoreAutoIncludes()
            .Where(t => t.Code == code)
            .Select(t => new { t.Id, t.Code, t.Name })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Track", code);
        return new RankingScope(campaign.Id, campaign.Year, campaign.Name, campaign.RegistrationClosesAt, found.Id, found.Code, found.Name);
    }

    /// <summary>The versions of this ranking, newest first.</summary>
    public IQueryable<RankingVersion> Versions(IApplicationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RankingVersions.Where(v => v.CampaignId == CampaignId && v.TrackId == TrackId).OrderByDescending(v => v.Number);
    }

    /// <summary>The version asked for, or the latest one when <paramref name="number"/> is null, with its canonical text.</summary>
    public async Task<RankingVersion> VersionAsync(IApplicationDbContext db, int? number, bool forUpdate, CancellationToken cancellationToken)
    {
        var versions = forUpdate ? Versions(db) : Versions(db).AsNoTracking();
        var version = number is { } n
            ? await versions.SingleOrDefaultAsync(v => v.Number == n, cancellationToken)
            : await versions.FirstOrDefaultAsync(cancellationToken);
        return version ?? throw new NotFoundException(number is null
            ? Text.Format("The ranking of {0} has not been computed yet.", Track)
            : Text.Format("The ranking of {0} has no version {1}.", Track, number));
    }

    /// <summary>
    /// What is known of a version, without its canonical text (megabytes for a large track), and its database key:
    /// the version asked for, or the latest one when <paramref name="number"/> is null.
    /// </summary>
    public async Task<(int Id, RankingVersionDto Version)> DescribeAsync(IApplicationDbContext db, int? number, string? callerId, CancellationToken cancellationToken)
    {
        var found = await DescribeAllAsync(db, number, callerId, cancellationToken);
        return found.Count > 0
            ? found[0]
            : throw new NotFoundException(number is null
                ? Text.Format("The ranking of {0} has not been computed yet.", Track)
                : Text.Format("The ranking of {0} has no version {1}.", Track, number));
    }

    /// <summary>Every version, newest first (or only version <paramref name="number"/>), without their canonical texts.</summary>
    public async Task<IReadOnlyList<(int Id, RankingVersionDto Version)>> DescribeAllAsync(
        IApplicationDbContext db,
        int? number,
        string? callerId,
        CancellationToken cancellationToken)
    {
        var found = await Versions(db).AsNoTracking()
            .Where(v => number == null || v.Number == number)
            .Select(v => new
            {
                v.Id, v.Number, v.Status, v.Seed, v.Subjects, v.BarHundredths, v.TieBreakChain, v.Ranked, v.NotAdmissible, v.MissingMarks, v.Sha256,
                v.ComputedById, v.ComputedByName, v.ComputedAt, v.ApprovedByName, v.ApprovedAt, v.Reason,
            })
            .ToListAsync(cancellationToken);
        return found.Select(v => (v.Id, new RankingVersionDto(
                Year,
                Track,
                v.Number,
                v.Status,
                v.Seed,
                RankingRulesText.Subjects(v.Subjects),
                RankingRulesText.FromHundredths(v.BarHundredths),
                RankingRulesText.Chain(v.TieBreakChain),
                v.Ranked,
                v.NotAdmissible,
                v.MissingMarks,
                v.Sha256,
                v.ComputedByName,
                v.ComputedAt,
                v.ApprovedByName,
                v.ApprovedAt,
                v.Reason,
                callerId is not null && callerId == v.ComputedById)))
            .ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.ListApplications;

/// <summary>What officers narrow the list of applications to. Every part is optional.</summary>
/// <param name="Year">The campaign; the latest one when not given.</param>
/// <param name="Track">A track code, e.g. MP.</param>
/// <param name="School">A school code: applications wishing at least one of its programs.</param>
/// <param name="MissingDocuments">Applications without an identity document or a transcript that is not rejected.</param>
/// <param name="PossibleDuplicates">Applications sharing their normalised name and birth date with another one.</param>
/// <param name="Search">Words found in the name, e-mail or application number, accents and case ignored.</param>
public sealed record ApplicationFilter(
    int? Year = null,
    ApplicationStatus? Status = null,
    Eligibility? Eligibility = null,
    string? Track = null,
    string? School = null,
    bool MissingDocuments = false,
    bool PossibleDuplicates = false,
    string? Search = null)
{
    public const int SearchMaxLength = 200;
}

/// <summary>The applications a filter selects, and the year of the campaign they belong to (null without campaign).</summary>
internal sealed record FilteredApplications(int? Year, IQueryable<ApplicationFile> Applications);

internal static class ApplicationFilters
{
    /// <summary>More words than this add nothing to a search but cost a scan each.</summary>
    private const int MaxSearchWords = 6;

    public static async Task<FilteredApplications> ApplyAsync(this IApplicationDbContext db, ApplicationFilter filter, CancellationToken cancellationToken)
    {
        var campaign = filter.Year is { } year
            ? await db.Campaigns.Where(c => c.Year == year).Select(c => new { c.Id, c.Year }).SingleOrDefaultAsync(cancellationToken)
                ?? throw NotFoundException.For("Campaign", year)
            : await db.Campaigns.OrderByDescending(c => c.Year).Select(c => new { c.Id, c.Year }).FirstOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return new FilteredApplications(null, db.Applications.AsNoTracking().Where(a => false));
        }

        var query = db.Applications.AsNoTracking().Where(a => a.CampaignId == campaign.Id);
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.Eligibility is { } eligibility)
        {
            query = query.Where(a => a.Eligibility == eligibility);
        }

        if (!string.IsNullOrWhiteSpace(filter.Track))
        {
            var code = filter.Track.Trim().ToUpperInvariant();
            var trackId = await db.Tracks.Where(t => t.Code == code).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken) ?? -1;
            // No test of the section itself: it would add a NOT NULL test per column of the studies and keep the
            // database from answering from an index.
            query = query.Where(a => a.Studies!.TrackId == trackId);
        }

        if (!string.IsNullOrWhiteSpace(filter.School))
        {
            var code = filter.School.Trim().ToUpperInvariant();
            var programIds = await db.Programs.Where(p => p.School!.Code == code).Select(p => p.Id).ToListAsync(cancellationToken);
            query = query.Where(a => a.Wishes.Any(w => programIds.Contains(w.ProgramId)));
        }

        if (filter.MissingDocuments)
        {
            query = query.Where(a =>
                !a.Documents.Any(d => d.Kind == DocumentKind.IdentityDocument && d.Review != DocumentReview.Rejected)
                || !a.Documents.Any(d => d.Kind == DocumentKind.Transcript && d.Review != DocumentReview.Rejected));
        }

        if (filter.PossibleDuplicates)
        {
            query = query.Where(a => a.DuplicateKey != null
                && db.Applications.Any(b => b.CampaignId == a.CampaignId && b.DuplicateKey == a.DuplicateKey && b.Id != a.Id));
        }

        // Each word must appear, in any order: "eloise muller" finds "Müller Éloïse". A word is looked for as typed
        // (lower-cased, for e-mails and numbers) or normalised like the names (accents and punctuation dropped).
        foreach (var word in Words(filter.Search))
        {
            var typed = word.ToLowerInvariant();
            var normalised = PersonName.Normalize(word);
            query = normalised.Length == 0 || normalised == typed
                ? query.Where(a => a.SearchText.Contains(typed))
                : query.Where(a => a.SearchText.Contains(typed) || a.SearchText.Contains(normalised));
        }

        return new FilteredApplications(campaign.Year, query);
    }

    private static IEnumerable<string> Words(string? search) =>
        string.IsNullOrWhiteSpace(search)
            ? []
            : search.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxSearchWords);
}

using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.ListApplications;

/// <summary>What officers narrow the list of applications to. Every part is optional.</summary>
public sealed record ApplicationFilter(
    int? Year = null,
    ApplicationStatus? Status = null,
    Eligibility? Eligibility = null,
    string? Track = null,
    string? School = null,
    bool MissingDocuments = false,
    bool PossibleDuplicates = false,
    string? Search = null);

internal static class ApplicationFilters
{
    /// <summary>The filtered applications of the campaign (the latest one unless a year is given).</summary>
    public static async Task<IQueryable<ApplicationFile>> ApplyAsync(this IApplicationDbContext db, ApplicationFilter filter, CancellationToken cancellationToken)
    {
        var campaignId = filter.Year is { } year
            ? await db.Campaigns.Where(c => c.Year == year).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Campaign", year)
            : await db.Campaigns.OrderByDescending(c => c.Year).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken) ?? 0;

        var query = db.Applications.AsNoTracking().Where(a => a.CampaignId == campaignId);
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
            var trackId = await db.Tracks.Where(t => t.Code == filter.Track).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken) ?? -1;
            query = query.Where(a => a.Studies != null && a.Studies.TrackId == trackId);
        }

        if (!string.IsNullOrWhiteSpace(filter.School))
        {
            query = query.Where(a => a.Wishes.Any(w => w.Program!.School!.Code == filter.School));
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

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = PersonName.Normalize(filter.Search);
            var raw = filter.Search.Trim().ToLowerInvariant();
            query = query.Where(a => a.SearchText.Contains(term) || a.SearchText.Contains(raw));
        }

        return query;
    }
}

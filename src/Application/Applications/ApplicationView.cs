using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;

namespace Recruitment.Application.Applications;

/// <summary>An application as its applicant or an officer reads it.</summary>
public sealed record ApplicationView(
    string Number,
    int CampaignYear,
    string CampaignName,
    string Email,
    ApplicationStatus Status,
    Eligibility Eligibility,
    string? EligibilityReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset LastChangedAt,
    DateTimeOffset RegistrationOpensAt,
    DateTimeOffset RegistrationClosesAt,
    DateTimeOffset? ExtensionUntil,
    string? ExtensionReason,
    bool CanEdit,
    bool CanSubmit,
    int MaxWishes,
    PersonalIdentity? Identity,
    ContactDetails? Contact,
    StudiesView? Studies,
    bool? ScholarshipHolder,
    IReadOnlyList<WishView> Wishes,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<MissingItem> Missing,
    SectionVersions Versions,
    bool PossibleDuplicate);

public sealed record StudiesView(string TrackCode, string TrackName, string Institution, string Diploma, int DiplomaYear);

public sealed record WishView(int Rank, string ProgramCode, string ProgramName, string SchoolName, ProgramStatus Status)
{
    public string Key => $"{ProgramCode}/{Status.ToCode()}";
}

public sealed record DocumentView(
    Guid Id,
    DocumentKind Kind,
    string FileName,
    string ContentType,
    long Length,
    DateTimeOffset UploadedAt,
    DocumentReview Review,
    string? ReviewReason);

public sealed record SectionVersions(int Identity, int Contact, int Studies, int Scholarship, int Wishes);

internal static class ApplicationViews
{
    public static async Task<ApplicationView> ViewAsync(
        this IApplicationDbContext db,
        ApplicationFile file,
        Campaign campaign,
        DateTimeOffset now,
        bool showDuplicates,
        CancellationToken cancellationToken)
    {
        StudiesView? studies = null;
        if (file.Studies is { } s)
        {
            var track = await db.Tracks.AsNoTracking().Where(t => t.Id == s.TrackId).Select(t => new { t.Code, t.Name }).SingleAsync(cancellationToken);
            studies = new StudiesView(track.Code, track.Name, s.Institution, s.Diploma, s.DiplomaYear);
        }

        var duplicate = showDuplicates && file.DuplicateKey is { } key
            && await db.Applications.AnyAsync(a => a.CampaignId == file.CampaignId && a.DuplicateKey == key && a.Id != file.Id, cancellationToken);

        return new ApplicationView(
            file.Number,
            campaign.Year,
            campaign.Name,
            file.Email,
            file.Status,
            file.Eligibility,
            file.EligibilityReason,
            file.CreatedAt,
            file.SubmittedAt,
            file.LastChangedAt,
            campaign.RegistrationOpensAt,
            campaign.RegistrationClosesAt,
            file.Extension?.Until,
            file.Extension?.Reason,
            file.CanEdit(campaign, now),
            file.Status == ApplicationStatus.Draft && file.CanSubmit(campaign, now),
            campaign.MaxWishes,
            file.Identity,
            file.Contact,
            studies,
            file.ScholarshipHolder,
            [.. file.Wishes.OrderBy(w => w.Rank).Select(w => new WishView(w.Rank, w.Program!.Code, w.Program.Name, w.Program.School!.Name, w.Status))],
            [.. file.Documents.OrderBy(d => d.Kind).ThenBy(d => d.UploadedAt).Select(d => new DocumentView(d.PublicId, d.Kind, d.FileName, d.ContentType, d.Length, d.UploadedAt, d.Review, d.ReviewReason))],
            file.Missing(),
            new SectionVersions(file.IdentityVersion, file.ContactVersion, file.StudiesVersion, file.ScholarshipVersion, file.WishesVersion),
            duplicate);
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.ListApplications;

/// <summary>A page of applications for officers, sorted by name.</summary>
public sealed record ListApplicationsQuery(ApplicationFilter Filter, int Page = 1, int PageSize = 50) : IQuery<ApplicationPage>;

public sealed record ApplicationPage(IReadOnlyList<ApplicationSummary> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record ApplicationSummary(
    string Number,
    string? LastName,
    string? FirstName,
    string Email,
    ApplicationStatus Status,
    Eligibility Eligibility,
    string? TrackCode,
    int Wishes,
    bool MissingDocuments,
    bool PossibleDuplicate,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset LastChangedAt);

internal sealed class ListApplicationsHandler(IApplicationDbContext db) : IQueryHandler<ListApplicationsQuery, ApplicationPage>
{
    public async ValueTask<ApplicationPage> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        var filtered = await db.ApplyAsync(query.Filter, cancellationToken);
        var total = await filtered.CountAsync(cancellationToken);
        var items = await Project(db, filtered
                .OrderBy(a => a.SearchText).ThenBy(a => a.Id)
                .Skip((query.Page - 1) * query.PageSize)
                .Take(query.PageSize))
            .ToListAsync(cancellationToken);
        return new ApplicationPage(items, total, query.Page, query.PageSize);
    }

    internal static IQueryable<ApplicationSummary> Project(IApplicationDbContext db, IQueryable<ApplicationFile> applications) =>
        applications.Select(a => new ApplicationSummary(
            a.Number,
            a.Identity == null ? null : a.Identity.LastName,
            a.Identity == null ? null : a.Identity.FirstName,
            a.Email,
            a.Status,
            a.Eligibility,
            a.Studies == null ? null : db.Tracks.Where(t => t.Id == a.Studies.TrackId).Select(t => t.Code).FirstOrDefault(),
            a.Wishes.Count,
            !a.Documents.Any(d => d.Kind == DocumentKind.IdentityDocument && d.Review != DocumentReview.Rejected)
                || !a.Documents.Any(d => d.Kind == DocumentKind.Transcript && d.Review != DocumentReview.Rejected),
            a.DuplicateKey != null && db.Applications.Any(b => b.CampaignId == a.CampaignId && b.DuplicateKey == a.DuplicateKey && b.Id != a.Id),
            a.SubmittedAt,
            a.LastChangedAt));
}

internal sealed class ListApplicationsValidator : AbstractValidator<ListApplicationsQuery>
{
    public ListApplicationsValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500);
        RuleFor(q => q.Filter).NotNull();
    }
}

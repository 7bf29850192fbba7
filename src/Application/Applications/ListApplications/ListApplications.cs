using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.ListApplications;

/// <summary>A page of applications for officers, sorted by name.</summary>
public sealed record ListApplicationsQuery(ApplicationFilter Filter, int Page = 1, int PageSize = ListApplicationsQuery.DefaultPageSize) : IQuery<ApplicationPage>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Far beyond any campaign, and low enough that the offset cannot overflow.</summary>
    public const int MaxPage = 100_000;
}

/// <param name="Year">The campaign listed (the latest one when the filter names none); null when there is no campaign.</param>
public sealed record ApplicationPage(IReadOnlyList<ApplicationSummary> Items, int Total, int Page, int PageSize, int? Year)
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

internal sealed class ListApplicationsHandler(IApplicationDbContext db, ApplicationAccess access) : IQueryHandler<ListApplicationsQuery, ApplicationPage>
{
    public async ValueTask<ApplicationPage> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        EnsureStaff(access);
        var filtered = await db.ApplyAsync(query.Filter, cancellationToken);
        var total = await filtered.Applications.CountAsync(cancellationToken);
        var items = await Project(db, filtered.Applications
                .OrderBy(a => a.SearchText).ThenBy(a => a.Id)
                .Skip((query.Page - 1) * query.PageSize)
                .Take(query.PageSize))
            .ToListAsync(cancellationToken);
        return new ApplicationPage(items, total, query.Page, query.PageSize, filtered.Year);
    }

    internal static void EnsureStaff(ApplicationAccess access)
    {
        if (!access.IsStaff)
        {
            throw new ForbiddenAccessException("The list of applications is for admissions officers.");
        }
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
        RuleFor(q => q.Page).InclusiveBetween(1, ListApplicationsQuery.MaxPage);
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListApplicationsQuery.MaxPageSize);
        RuleFor(q => q.Filter).NotNull().SetValidator(new ApplicationFilterValidator());
    }
}

internal sealed class ApplicationFilterValidator : AbstractValidator<ApplicationFilter>
{
    public ApplicationFilterValidator()
    {
        RuleFor(f => f.Status).IsInEnum();
        RuleFor(f => f.Eligibility).IsInEnum();
        RuleFor(f => f.Track).MaximumLength(20);
        RuleFor(f => f.School).MaximumLength(20);
        RuleFor(f => f.Search).MaximumLength(ApplicationFilter.SearchMaxLength);
    }
}

using System.ComponentModel;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications;
using Recruitment.Application.Applications.DecideEligibility;
using Recruitment.Application.Applications.ExportApplications;
using Recruitment.Application.Applications.GetApplication;
using Recruitment.Application.Applications.GrantExtension;
using Recruitment.Application.Applications.ListApplications;
using Recruitment.Application.Applications.ReviewDocument;
using Recruitment.Domain.Applications;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Endpoints;

/// <summary>
/// The admissions officers' side of applications: the filtered list, its CSV export, and the decisions on one
/// application. Reading one application, its history and its documents is shared with applicants (the applicant
/// endpoints), where the use cases apply the access rules.
/// </summary>
internal static class OfficerApplicationEndpoints
{
    private const string FiltersDescription =
        "Filters, all optional: year (the campaign; the latest one when omitted), status (Draft, Submitted), eligibility " +
        "(Pending, Eligible, NotEligible), track (a track code such as MP), school (a school code: applications wishing at " +
        "least one of its programs), missingDocuments=true (no identity document or no transcript, a rejected one counting " +
        "as none), possibleDuplicates=true (same normalised name and birth date as another application), search (every word " +
        "found in the names, e-mail or application number, accents and case ignored).";

    public static void MapOfficerApplicationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/applications")
            .WithTags("Applications (officers)")
            .RequireAuthorization(Policies.ReviewApplications);

        group.MapGet("/", async (
                [AsParameters] FilterParameters filter,
                [Description("From 1.")] int? page,
                [Description("From 1 to 500; 50 when omitted.")] int? pageSize,
                IMediator mediator,
                CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListApplicationsQuery(filter.Filter, page ?? 1, pageSize ?? ListApplicationsQuery.DefaultPageSize), ct)))
            .WithSummary("A page of the applications of a campaign, sorted by name, with the filters given.")
            .WithDescription(FiltersDescription);

        group.MapGet("/export.csv", async ([AsParameters] FilterParameters parameters, IMediator mediator, CancellationToken ct) =>
            {
                var export = await mediator.Send(new ExportApplicationsQuery(parameters.Filter), ct);
                return TypedResults.File(export.Content, ApplicationsExport.ContentType, export.FileName);
            })
            .WithSummary("The filtered list as CSV (UTF-8 with a byte-order mark, ';' separators), with the same filters as the list.")
            .WithDescription(FiltersDescription)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapPost("/{number}/documents/{documentId:guid}/review", async Task<Ok<ApplicationView>> (
                string number, Guid documentId, ReviewBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ReviewDocumentCommand(number, documentId, body.Accept, body.Reason), ct);
                return TypedResults.Ok(await mediator.Send(new GetApplicationQuery(number), ct));
            })
            .WithSummary("Accepts a document, or rejects it with a reason the applicant will read (and can then replace the file).");

        group.MapPost("/{number}/eligibility", async Task<Ok<ApplicationView>> (
                string number, EligibilityBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DecideEligibilityCommand(number, body.Eligible, body.Reason), ct);
                return TypedResults.Ok(await mediator.Send(new GetApplicationQuery(number), ct));
            })
            .WithSummary("Declares a submitted application eligible, or not eligible with a reason. A draft answers 409.");

        group.MapPost("/{number}/extension", async Task<Ok<ApplicationView>> (
                string number, ExtensionBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new GrantExtensionCommand(number, body.Until, body.Reason ?? string.Empty), ct);
                return TypedResults.Ok(await mediator.Send(new GetApplicationQuery(number), ct));
            })
            .WithSummary("Lets the applicant keep editing, and submit, after the deadline until the given instant (with its offset).");
    }

    /// <summary>The list's filters, as query parameters.</summary>
    internal sealed record FilterParameters(
        [FromQuery(Name = "year")] int? Year,
        [FromQuery(Name = "status")] ApplicationStatus? Status,
        [FromQuery(Name = "eligibility")] Eligibility? Eligibility,
        [FromQuery(Name = "track")] string? Track,
        [FromQuery(Name = "school")] string? School,
        [FromQuery(Name = "missingDocuments")] bool? MissingDocuments,
        [FromQuery(Name = "possibleDuplicates")] bool? PossibleDuplicates,
        [FromQuery(Name = "search")] string? Search)
    {
        public ApplicationFilter Filter => new(Year, Status, Eligibility, Track, School, MissingDocuments ?? false, PossibleDuplicates ?? false, Search);
    }

    internal sealed record ReviewBody(bool Accept, string? Reason);

    internal sealed record EligibilityBody(bool Eligible, string? Reason);

    internal sealed record ExtensionBody(DateTimeOffset? Until, string? Reason);
}

using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications;
using Recruitment.Application.Applications.FindMyApplication;
using Recruitment.Application.Applications.GetApplication;
using Recruitment.Application.Applications.GetApplicationHistory;
using Recruitment.Application.Applications.GetDocument;
using Recruitment.Application.Applications.GetWishOptions;
using Recruitment.Application.Applications.SetScholarship;
using Recruitment.Application.Applications.SetWishes;
using Recruitment.Application.Applications.StartApplication;
using Recruitment.Application.Applications.SubmitApplication;
using Recruitment.Application.Applications.UpdateContact;
using Recruitment.Application.Applications.UpdateIdentity;
using Recruitment.Application.Applications.UpdateStudies;
using Recruitment.Application.Applications.UploadDocument;
using Recruitment.Domain.Applications;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Endpoints;

/// <summary>
/// An application, for its applicant and for officers. The use cases apply the access rules: another applicant's
/// file, document or history answers 404; directors are refused by policy (403).
/// </summary>
internal static class ApplicantEndpoints
{
    /// <summary>A little above the 5 MB document limit, so that an oversized file gets a clear field error.</summary>
    public const long UploadRequestLimit = 12L * 1024 * 1024;

    public static void MapApplicantEndpoints(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me/application").WithTags("Applications (applicant)").RequireAuthorization(Policies.Applicant);
        me.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new FindMyApplicationQuery(), ct)))
            .WithSummary("The signed-in applicant's application number, if any, and the campaign taking applications.");
        me.MapPost("/", async (IMediator mediator, CancellationToken ct) =>
            {
                var number = await mediator.Send(new StartApplicationCommand(), ct);
                return TypedResults.Created($"/api/applications/{number}", new { number });
            })
            .WithSummary("Starts an application to the campaign taking applications (or returns the existing one).");

        var file = api.MapGroup("/applications/{number}").WithTags("Applications").RequireAuthorization(Policies.ReadApplications);
        file.MapGet("/", async (string number, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetApplicationQuery(number), ct)))
            .WithSummary("The whole application, with what is still missing and each section's version.");
        file.MapGet("/history", async (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetApplicationHistoryQuery(number), ct)))
            .WithSummary("What happened to the application, oldest first (the audit log).");
        file.MapGet("/wish-options", async (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetWishOptionsQuery(number), ct)))
            .WithSummary("The (program, status) pairs the application's track may wish.");

        file.MapPut("/identity", async (string number, IdentityBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateIdentityCommand(number, body.FirstName, body.LastName, body.BirthDate, body.Nationality, body.Sex, body.Ine, body.Version), ct)))
            .WithSummary("Saves the identity section. Send the section's version read last; an older one is refused with 409.");
        file.MapPut("/contact", async (string number, ContactBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateContactCommand(number, body.Phone, body.AddressLine, body.PostalCode, body.City, body.Country, body.Version), ct)))
            .WithSummary("Saves the contact section.");
        file.MapPut("/studies", async (string number, StudiesBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new UpdateStudiesCommand(number, body.TrackCode, body.Institution, body.Diploma, body.DiplomaYear, body.Version), ct)))
            .WithSummary("Saves the track and previous studies; wishes not open to a new track are dropped (see the changes).");
        file.MapPut("/scholarship", async (string number, ScholarshipBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetScholarshipCommand(number, body.ScholarshipHolder, body.Version), ct)))
            .WithSummary("Saves whether the applicant holds a scholarship.");
        file.MapPut("/wishes", async (string number, WishesBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetWishesCommand(number, body.Wishes, body.Version), ct)))
            .WithSummary("Replaces the ranked wishes, most wanted first, as keys PROGRAM/STATUS such as TN-ING/S.");

        file.MapPost("/documents", UploadAsync)
            .FormPostFromPrograms()
            .WithMetadata(new RequestSizeLimitAttribute(UploadRequestLimit))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = UploadRequestLimit })
            .WithSummary("Uploads a document (multipart: kind = IdentityDocument or Transcript, file, optional replaces).")
            .WithDescription("PDF, JPEG or PNG, at most 5 MB; the type is checked from the content.");
        file.MapGet("/documents/{documentId:guid}", DownloadAsync)
            .WithSummary("A document's content.");
        file.MapPost("/submit", async (string number, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new SubmitApplicationCommand(number), ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Submits the application; every missing item is listed in the 400 answer, by section.");
    }

    private static async Task<Results<Created<DocumentCreated>, ValidationProblem>> UploadAsync(
        string number,
        [FromForm] DocumentKind? kind,
        IFormFile? file,
        [FromForm] Guid? replaces,
        IMediator mediator,
        CancellationToken ct)
    {
        if (file is null || kind is null)
        {
            var errors = new Dictionary<string, string[]>();
            if (kind is null)
            {
                errors["Kind"] = ["Choose the kind of document: IdentityDocument or Transcript."];
            }

            if (file is null)
            {
                errors["File"] = ["Choose a file to upload."];
            }

            return TypedResults.ValidationProblem(errors, title: "The request has invalid fields.");
        }

        await using var content = file.OpenReadStream();
        var id = await mediator.Send(new UploadDocumentCommand(number, kind.Value, file.FileName, file.Length, content, replaces), ct);
        return TypedResults.Created($"/api/applications/{number}/documents/{id}", new DocumentCreated(id));
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(string number, Guid documentId, bool? download, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var document = await mediator.Send(new GetDocumentQuery(number, documentId), ct);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(document.Content, document.ContentType, download == true ? document.FileName : null);
    }

    internal sealed record DocumentCreated(Guid Id);

    internal sealed record IdentityBody(string FirstName, string LastName, DateOnly? BirthDate, string Nationality, Sex? Sex, string? Ine, int Version);

    internal sealed record ContactBody(string Phone, string AddressLine, string PostalCode, string City, string Country, int Version);

    internal sealed record StudiesBody(string TrackCode, string Institution, string Diploma, int? DiplomaYear, int Version);

    internal sealed record ScholarshipBody(bool? ScholarshipHolder, int Version);

    internal sealed record WishesBody(IReadOnlyList<string> Wishes, int Version);
}

using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Marks;
using Recruitment.Application.Marks.GetApplicationMarks;
using Recruitment.Application.Marks.ImportMarks;
using Recruitment.Application.Marks.PreviewMarksImport;
using Recruitment.Application.Marks.SetMark;
using Recruitment.Application.Rankings.ComputeRanking;
using Recruitment.Application.Rankings.ConfigureRanking;
using Recruitment.Application.Rankings.CorrectRanking;
using Recruitment.Application.Rankings.ExportRanking;
using Recruitment.Application.Rankings.GetApplicationRanking;
using Recruitment.Application.Rankings.GetRankingDifferences;
using Recruitment.Application.Rankings.GetRankingOverview;
using Recruitment.Application.Rankings.GetRankingPage;
using Recruitment.Application.Rankings.GetRankingSettings;
using Recruitment.Application.Rankings.GetRankingStatistics;
using Recruitment.Application.Rankings.ListRankingVersions;
using Recruitment.Application.Rankings.PublishRanking;
using Recruitment.Domain.Rankings;
using Recruitment.Web.Infrastructure;
using Recruitment.Web.Pages.Officer.Rankings;

namespace Recruitment.Web.Endpoints;

/// <summary>
/// Marks and merit rankings: the officers' side (rules, imports, single marks, computation, approval, versions, lists,
/// statistics, export) and an applicant's own published result. Before publication an applicant gets 404, like for
/// anyone else's application; directors are refused by policy (403).
/// </summary>
internal static class RankingEndpoints
{
    /// <summary>Room for a marks file of a few hundred thousand lines.</summary>
    public const long MarksFileLimit = 64L * 1024 * 1024;

    public static void MapRankingEndpoints(this RouteGroupBuilder api)
    {
        var rankings = api.MapGroup("/campaigns/{year:int}/rankings").WithTags("Merit rankings").RequireAuthorization(Policies.ManageCampaigns);
        rankings.MapGet("/", async (int year, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetRankingOverviewQuery(year), ct)))
            .WithSummary("Where each track's ranking stands: rules, candidates, marks, latest and published versions.");
        rankings.MapGet("/{track}/settings", async (int year, string track, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRankingSettingsQuery(year, track), ct)))
            .WithSummary("A track's ranking rules, with the subjects the track is examined in.");
        rankings.MapPut("/{track}/settings", async (int year, string track, SettingsBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ConfigureRankingCommand(year, track, body.Subjects ?? [], body.AdmissibilityBar, body.TieBreakChain ?? []), ct)))
            .WithSummary("Sets a track's ranking rules: subjects with coefficients (0 to 100, one above 0), the bar (0 to 20) and the tie-break chain.");
        rankings.MapGet("/{track}/versions", async (int year, string track, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListRankingVersionsQuery(year, track), ct)))
            .WithSummary("Every version of the track's ranking, newest first.");
        rankings.MapPost("/{track}/compute", async (int year, string track, ComputeBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ComputeRankingCommand(year, track, body.Seed ?? string.Empty), ct)))
            .WithSummary("Computes the first version with the lottery seed, once registration has closed; again as often as needed until it is published.");
        rankings.MapPost("/{track}/corrections", async (int year, string track, CorrectionBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CorrectRankingCommand(year, track, body.Reason ?? string.Empty), ct)))
            .WithSummary("After publication: computes a new version from the current marks and rules, with the published seed and a reason.");
        rankings.MapPost("/{track}/versions/{version:int}/publish", async (int year, string track, int version, PublishBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublishRankingCommand(year, track, version, body.Sha256 ?? string.Empty), ct)))
            .WithSummary("A second officer approves the version with the hash they saw; it is then published and frozen (409 for the officer who computed it).");
        rankings.MapGet("/{track}/versions/{version:int}", async (
                int year, string track, int version, RankingOutcome? list, string? search, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(
                    new GetRankingPageQuery(year, track, version, list ?? RankingOutcome.Ranked, search, page ?? 1, pageSize ?? GetRankingPageQuery.DefaultPageSize), ct)))
            .WithSummary("A page of a version's list: Ranked (by rank), NotAdmissible (by score) or MissingMarks, searched by name or number.");
        rankings.MapGet("/{track}/versions/{version:int}/differences", async (int year, string track, int version, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRankingDifferencesQuery(year, track, version), ct)))
            .WithSummary("What changed from the published version before this one: candidates who entered, left, or changed rank or score.");
        rankings.MapGet("/{track}/versions/{version:int}/statistics", async (int year, string track, int version, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRankingStatisticsQuery(year, track, version), ct)))
            .WithSummary("Counts, bar, extremes, mean, median and the score histogram of a version.");
        rankings.MapGet("/{track}/versions/{version:int}/chart.png", async (int year, string track, int version, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var statistics = await mediator.Send(new GetRankingStatisticsQuery(year, track, version), ct);
                context.Response.Headers.CacheControl = "private, max-age=60";
                return TypedResults.File(ScoreChart.Png(statistics, context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<ScoreChart>>()), "image/png");
            })
            .WithSummary("The score distribution of a version as a PNG chart (the statistics give the same figures as data).");
        rankings.MapGet("/{track}/versions/{version:int}/export.csv", ExportAsync)
            .WithSummary("The published version's canonical text as CSV; its SHA-256 is the published hash, which the file name and the X-Ranking-SHA256 header carry.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        rankings.MapGet("/{track}/export.csv", (int year, string track, IMediator mediator, HttpContext context, CancellationToken ct) => ExportAsync(year, track, null, mediator, context, ct))
            .WithSummary("The current published version's canonical text as CSV.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        var marks = api.MapGroup("/campaigns/{year:int}/marks").WithTags("Marks").RequireAuthorization(Policies.ManageCampaigns);
        marks.MapPost("/preview", async Task<Results<Ok<MarksImportReport>, ValidationProblem>> (int year, IFormFile? file, IMediator mediator, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return NoFile();
                }

                return TypedResults.Ok(await mediator.Send(new PreviewMarksImportQuery(year, file.FileName, await ReadAsync(file, ct)), ct));
            })
            .FormPostFromPrograms()
            .WithMetadata(new RequestSizeLimitAttribute(MarksFileLimit))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MarksFileLimit })
            .WithSummary("What importing the file (multipart: file) would do, without saving: every bad line, or the marks added, changed and unchanged.")
            .WithDescription("CSV in UTF-8, ';' or ',' between values, a header row: 'application;subject;mark' or 'application;MATH;PHYS;…'. See docs/marks-import.md.");
        marks.MapPost("/import", async Task<Results<Ok<MarksImportReport>, ValidationProblem>> (int year, IFormFile? file, [FromForm] string? expectedDigest, IMediator mediator, CancellationToken ct) =>
            {
                if (file is null)
                {
                    return NoFile();
                }

                return TypedResults.Ok(await mediator.Send(new ImportMarksCommand(year, file.FileName, await ReadAsync(file, ct), expectedDigest), ct));
            })
            .FormPostFromPrograms()
            .WithMetadata(new RequestSizeLimitAttribute(MarksFileLimit))
            .WithMetadata(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = MarksFileLimit })
            .WithSummary("Imports the file (multipart: file, optional expectedDigest from the preview) all or nothing: 400 lists every bad line.");

        var applicationMarks = api.MapGroup("/applications/{number}/marks").WithTags("Marks").RequireAuthorization(Policies.ReviewApplications);
        applicationMarks.MapGet("/", async (string number, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetApplicationMarksQuery(number), ct)))
            .WithSummary("An application's marks in each subject of its track.");
        applicationMarks.MapPut("/{subject}", async (string number, string subject, MarkBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetMarkCommand(number, subject, body.Mark ?? string.Empty), ct)))
            .WithSummary("Enters or corrects one mark, as a number from 0 to 20 with at most two decimals (\"12.5\" or \"12,5\"); audited.");

        api.MapGet("/me/ranking", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetApplicationRankingQuery(), ct)))
            .WithTags("Applications (applicant)")
            .RequireAuthorization(Policies.Applicant)
            .WithSummary("The signed-in applicant's marks, score and rank in the published ranking of their track; 404 before publication.");
        api.MapGet("/applications/{number}/ranking", async (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetApplicationRankingQuery(number), ct)))
            .WithTags("Applications")
            .RequireAuthorization(Policies.ReadApplications)
            .WithSummary("An application's published ranking result; 404 before publication and for another applicant's application.");
    }

    private static async Task<FileContentHttpResult> ExportAsync(int year, string track, int? version, IMediator mediator, HttpContext context, CancellationToken ct)
    {
        var export = await mediator.Send(new ExportRankingQuery(year, track, version), ct);
        context.Response.Headers["X-Ranking-SHA256"] = export.Sha256;
        return TypedResults.File(export.Content, "text/csv", export.FileName);
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    private static ValidationProblem NoFile() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["File"] = ["Choose a CSV file of marks to upload."] }, title: "The request has invalid fields.");

    internal sealed record SettingsBody(IReadOnlyList<SubjectCoefficient>? Subjects, decimal AdmissibilityBar, IReadOnlyList<string>? TieBreakChain);

    internal sealed record ComputeBody(string? Seed);

    internal sealed record CorrectionBody(string? Reason);

    internal sealed record PublishBody(string? Sha256);

    internal sealed record MarkBody(string? Mark);
}

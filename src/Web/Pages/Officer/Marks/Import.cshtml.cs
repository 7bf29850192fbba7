using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Marks;
using Recruitment.Application.Marks.ImportMarks;
using Recruitment.Application.Marks.PreviewMarksImport;
using Recruitment.Web.Pages.Officer.Rankings;

namespace Recruitment.Web.Pages.Officer.Marks;

/// <summary>
/// Importing a marks file: upload, a preview of what would change (or every bad line), then confirm. The uploaded file
/// waits on the server under a random key between the two steps, and the import checks it again against the preview's
/// digest: what the browser sends back is never trusted as the file. A previewed file is deleted once imported or
/// refused; one never confirmed is deleted by the first preview made a day later.
/// </summary>
[RequestSizeLimit(Endpoints.RankingEndpoints.MarksFileLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = Endpoints.RankingEndpoints.MarksFileLimit)]
public sealed partial class ImportModel(IMediator mediator, IDocumentStore store, IStringLocalizer<ImportModel> text) : OfficerPage(mediator)
{
    private const string Folder = "mark-imports";

    /// <summary>How long a previewed file waits for its confirmation.</summary>
    public static readonly TimeSpan PreviewLifetime = TimeSpan.FromDays(1);

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Where the previewed file waits for the confirmation.</summary>
    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    [BindProperty]
    public string? Digest { get; set; }

    public MarksImportReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), text["Choose a CSV file of marks."]);
            return Page();
        }

        byte[] content;
        await using (var stream = Upload.OpenReadStream())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        Report = await TryAsync(m => m.Send(new PreviewMarksImportQuery(Year, Upload.FileName, content), cancellationToken));
        await store.DeleteOlderThanAsync(Folder, PreviewLifetime, cancellationToken);
        if (Report is { IsValid: true })
        {
            using var saved = new MemoryStream(content);
            Key = await store.SaveAsync(Folder, saved, cancellationToken);
            FileName = Upload.FileName;
            Digest = Report.Digest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (Key is null || !KeyPattern().IsMatch(Key))
        {
            ModelState.AddModelError(string.Empty, text["The previewed file is no longer available: upload it again."]);
            return Page();
        }

        byte[] content;
        try
        {
            await using var stream = await store.OpenReadAsync(Key, cancellationToken);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        catch (FileNotFoundException)
        {
            ModelState.AddModelError(string.Empty, text["The previewed file is no longer available: upload it again."]);
            return Page();
        }

        var report = await TryAsync(m => m.Send(new ImportMarksCommand(Year, FileName ?? "marks.csv", content, Digest ?? string.Empty), cancellationToken));
        if (report is null)
        {
            // Refused (the marks changed since the preview, or the file no longer passes): it must be uploaded again.
            await store.DeleteAsync(Key, cancellationToken);
            Key = null;
            return Page();
        }

        await store.DeleteAsync(Key, cancellationToken);
        TempData["Success"] = text["Marks imported from {0}: {1} added, {2} changed, {3} unchanged.", report.FileName, report.Added, report.Changed, report.Unchanged].Value;
        return RedirectToPage("/Officer/Rankings/Index", new { year = Year });
    }

    [GeneratedRegex("^mark-imports/[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}

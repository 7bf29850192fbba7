using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using Recruitment.Application.Applications;
using Recruitment.Application.Applications.DecideEligibility;
using Recruitment.Application.Applications.GetApplication;
using Recruitment.Application.Applications.GetApplicationHistory;
using Recruitment.Application.Applications.GetDocument;
using Recruitment.Application.Applications.GrantExtension;
using Recruitment.Application.Applications.ReviewDocument;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Common;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages.Officer.Applications;

/// <summary>
/// One application as an officer reads it, with the decisions taken on it: documents accepted or rejected,
/// eligibility, an extension of the deadline; and its history.
/// </summary>
public sealed class DetailModel(IMediator mediator, LocalTime time, IStringLocalizer<DetailModel> text) : PageModel
{
    [FromRoute]
    public string Number { get; set; } = string.Empty;

    [BindProperty]
    public ReviewForm Review { get; set; } = new();

    [BindProperty]
    public EligibilityForm Eligibility { get; set; } = new();

    [BindProperty]
    public ExtensionForm Extension { get; set; } = new();

    public ApplicationView Application { get; private set; } = null!;

    public IReadOnlyList<HistoryEntryDto> History { get; private set; } = [];

    /// <summary>The document whose review was refused, to show the reasons beside its form.</summary>
    public Guid? FailedDocument { get; private set; }

    public LocalTime Time => time;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Application.ExtensionUntil is { } until)
        {
            Extension.Until = time.ToLocal(until);
        }

        return Page();
    }

    /// <summary>A document's content: shown in the browser, or saved under its original name with download=true.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid documentId, bool download, CancellationToken cancellationToken)
    {
        DocumentContentDto document;
        try
        {
            document = await mediator.Send(new GetDocumentQuery(Number, documentId), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var disposition = new ContentDispositionHeaderValue(download ? "attachment" : "inline");
        disposition.SetHttpFileName(document.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();

        // The type was detected from the content at upload: the browser must not guess another one.
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(document.Content, document.ContentType);
    }

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken cancellationToken)
    {
        var command = new ReviewDocumentCommand(Number, Review.DocumentId, Review.Accept, Review.Reason);
        if (await TryAsync(command, nameof(Review), cancellationToken))
        {
            TempData["Success"] = Review.Accept
                ? text["Document accepted."].Value
                : text["Document rejected. The applicant sees the reason and can replace the file."].Value;
            return RedirectToPage(null, null, new { Number }, "documents");
        }

        FailedDocument = Review.DocumentId;
        return await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostEligibilityAsync(CancellationToken cancellationToken)
    {
        if (Eligibility.Eligible is not { } eligible)
        {
            ModelState.AddModelError($"{nameof(Eligibility)}.{nameof(EligibilityForm.Eligible)}", text["Choose eligible or not eligible."]);
        }
        else if (await TryAsync(new DecideEligibilityCommand(Number, eligible, Eligibility.Reason), nameof(Eligibility), cancellationToken))
        {
            TempData["Success"] = eligible ? text["Declared eligible."].Value : text["Declared not eligible. The applicant sees the reason."].Value;
            return RedirectToPage(null, null, new { Number }, "eligibility");
        }

        return await RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostExtensionAsync(CancellationToken cancellationToken)
    {
        var untilKey = $"{nameof(Extension)}.{nameof(ExtensionForm.Until)}";
        if (ModelState.GetFieldValidationState(untilKey) == ModelValidationState.Invalid)
        {
            ModelState.Remove(untilKey);
            ModelState.AddModelError(untilKey, text["Enter the end of the extension as a date and a time."]);
        }
        else
        {
            var until = Extension.Until is { } local ? time.FromLocal(local) : (DateTimeOffset?)null;
            if (await TryAsync(new GrantExtensionCommand(Number, until, Extension.Reason ?? string.Empty), nameof(Extension), cancellationToken))
            {
                TempData["Success"] = text["Extension granted until {0} (Paris time).", time.Format(until!.Value)].Value;
                return RedirectToPage(null, null, new { Number }, "extension");
            }
        }

        return await RedisplayAsync(cancellationToken);
    }

    /// <summary>The errors of one form: those of its fields, or of the form as a whole.</summary>
    public string? ErrorOf(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : null;

    /// <summary>What was typed in a field that was refused, to show it again.</summary>
    public string? Attempted(string key) => ModelState.TryGetValue(key, out var entry) ? entry.AttemptedValue : null;

    private async Task<bool> TryAsync<TCommand>(TCommand command, string form, CancellationToken cancellationToken)
        where TCommand : ICommand
    {
        try
        {
            await mediator.Send(command, cancellationToken);
            return true;
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, form);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(form, Text.Get(ProblemExceptionHandler.ConcurrentChange));
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(form, Text.Get(ex.Message));
        }
        catch (NotFoundException ex)
        {
            ModelState.AddModelError(form, ex.Message);
        }

        return false;
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Application = await mediator.Send(new GetApplicationQuery(Number), cancellationToken);
            History = await mediator.Send(new GetApplicationHistoryQuery(Number), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public sealed class ReviewForm
    {
        public Guid DocumentId { get; set; }

        public bool Accept { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class EligibilityForm
    {
        public bool? Eligible { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class ExtensionForm
    {
        /// <summary>In the campaign's time zone, as typed.</summary>
        public DateTime? Until { get; set; }

        public string? Reason { get; set; }
    }
}

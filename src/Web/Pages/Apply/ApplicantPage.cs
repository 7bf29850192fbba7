using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Applications.FindMyApplication;
using Recruitment.Application.Applications.GetApplication;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Common;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages.Apply;

/// <summary>
/// What every page of the applicant's form shares: finding the applicant's own file, and turning a refused save
/// into messages next to the fields, with nothing saved.
/// </summary>
public abstract class ApplicantPage(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    public ApplicationView Application { get; private set; } = null!;

    /// <summary>Set when a save was refused because the section changed elsewhere.</summary>
    public string? Conflict { get; private set; }

    /// <summary>Loads the signed-in applicant's file; false when they have none yet.</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var mine = await mediator.Send(new FindMyApplicationQuery(), cancellationToken);
        if (mine.Number is null)
        {
            return false;
        }

        Application = await mediator.Send(new GetApplicationQuery(mine.Number), cancellationToken);
        return true;
    }

    /// <summary>Sends a save; on refusal, the reasons go next to the fields under <paramref name="prefix"/>.</summary>
    protected async Task<bool> TrySaveAsync<TResult>(
        ICommand<TResult> command,
        string prefix,
        CancellationToken cancellationToken,
        Action<TResult>? onSaved = null)
    {
        try
        {
            var result = await mediator.Send(command, cancellationToken);
            onSaved?.Invoke(result);
            return true;
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, prefix);
        }
        catch (EditConflictException)
        {
            Conflict = Text.Get("This section was changed in another tab or on another device since you opened it. Nothing was saved: reload the section to see the current version, then make your change again.");
            ModelState.AddModelError(string.Empty, Conflict);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = Text.Get("Your application was changed elsewhere at the same moment. Nothing was saved: reload the page and try again.");
            ModelState.AddModelError(string.Empty, Conflict);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, Text.Get(ex.Message));
        }

        return false;
    }

    protected IActionResult ToDashboard() => RedirectToPage("/Apply/Index");

    protected void Saved(string message) => TempData["Success"] = message;
}

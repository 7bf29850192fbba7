using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications.SubmitApplication;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Web.Pages.Apply;

/// <summary>Everything the applicant entered, what is still missing (with links), and the submit button.</summary>
public sealed class SubmitModel(IMediator mediator) : ApplicantPage(mediator)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : ToDashboard();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return ToDashboard();
        }

        if (await TrySaveAsync(new SubmitApplicationCommand(Application.Number), string.Empty, cancellationToken))
        {
            Saved(Text.Get("Your application is submitted. You can still change it until the deadline."));
            return ToDashboard();
        }

        return Page();
    }
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Marks.GetApplicationMarks;
using Recruitment.Application.Marks.SetMark;
using Recruitment.Web.Pages.Officer.Rankings;

namespace Recruitment.Web.Pages.Officer.Marks;

/// <summary>One application's marks, each entered or corrected on its own; every change is audited.</summary>
public sealed class EditModel(IMediator mediator, IStringLocalizer<EditModel> text) : OfficerPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = string.Empty;

    [BindProperty]
    public string Subject { get; set; } = string.Empty;

    [BindProperty]
    public string? Mark { get; set; }

    public ApplicationMarksDto Marks { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var saved = await TryAsync(m => m.Send(new SetMarkCommand(Number, Subject, Mark ?? string.Empty), cancellationToken), f => f == nameof(SetMarkCommand.Subject) ? nameof(Mark) : f);
        if (saved is not null)
        {
            TempData["Success"] = text["The {0} mark of {1} is saved.", Subject, Number].Value;
            return RedirectToPage(new { number = Number });
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var marks = await TryAsync(m => m.Send(new GetApplicationMarksQuery(Number.Trim()), cancellationToken));
        if (marks is null)
        {
            return false;
        }

        Marks = marks;
        return true;
    }
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Localization;
using Recruitment.Application.Rounds.AnswerOffer;
using Recruitment.Application.Rounds.GetMyAllocation;
using Recruitment.Domain.Rounds;

namespace Recruitment.Web.Pages.Apply;

/// <summary>The applicant's offer in the current round, the answer to give, and why better wishes were not obtained.</summary>
public sealed class OfferModel(IMediator mediator) : ApplicantPage(mediator)
{
    public MyAllocationDto? Allocation { get; private set; }

    [BindProperty]
    public OfferAnswer? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(cancellationToken))
        {
            return ToDashboard();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(cancellationToken))
        {
            return ToDashboard();
        }

        if (Answer is null)
        {
            ModelState.AddModelError(nameof(Answer), Text.Get("Choose an answer."));
            return Page();
        }

        if (await TrySaveAsync(new AnswerOfferCommand(Application.Number, Answer.Value), string.Empty, cancellationToken))
        {
            Saved(Text.Get("Your answer is recorded."));
            return RedirectToPage();
        }

        return Page();
    }

    public string NameOf(string pool) => Allocation?.PoolNames.GetValueOrDefault(pool, pool) ?? pool;

    private async Task<bool> LoadAllAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return false;
        }

        try
        {
            Allocation = await Mediator.Send(new GetMyAllocationQuery(Application.Number), cancellationToken);
        }
        catch (NotFoundException)
        {
            Allocation = null;
        }

        return true;
    }
}

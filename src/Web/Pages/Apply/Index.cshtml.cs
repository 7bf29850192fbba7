using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications.FindMyApplication;
using Recruitment.Application.Applications.GetApplicationHistory;
using Recruitment.Application.Applications.StartApplication;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Rankings.GetApplicationRanking;
using Recruitment.Domain.Common;

namespace Recruitment.Web.Pages.Apply;

/// <summary>The applicant's dashboard: status, what is done and missing, wishes, documents and the file's timeline.</summary>
public sealed class IndexModel(IMediator mediator) : ApplicantPage(mediator)
{
    public MyApplicationDto Mine { get; private set; } = new(null, null, null);

    public bool HasApplication { get; private set; }

    public IReadOnlyList<HistoryEntryDto> History { get; private set; } = [];

    /// <summary>The applicant's result in the published ranking of their track; null until it is published.</summary>
    public ApplicationRankingDto? MyRanking { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Mine = await Mediator.Send(new FindMyApplicationQuery(), cancellationToken);
        HasApplication = await LoadAsync(cancellationToken);
        if (HasApplication)
        {
            History = await Mediator.Send(new GetApplicationHistoryQuery(Application.Number), cancellationToken);
            try
            {
                MyRanking = await Mediator.Send(new GetApplicationRankingQuery(Application.Number), cancellationToken);
            }
            catch (NotFoundException)
            {
                MyRanking = null;
            }
        }
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Mediator.Send(new StartApplicationCommand(), cancellationToken);
            return RedirectToPage("/Apply/Identity");
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, Recruitment.Application.Common.Localization.Text.Get(ex.Message));
            await OnGetAsync(cancellationToken);
            return Page();
        }
    }
}

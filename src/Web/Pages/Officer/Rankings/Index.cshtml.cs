using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Rankings.GetRankingOverview;

namespace Recruitment.Web.Pages.Officer.Rankings;

/// <summary>The merit rankings of a campaign, track by track: rules, candidates, marks, versions and publication.</summary>
public sealed class IndexModel(IMediator mediator) : OfficerPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public RankingOverviewDto Overview { get; private set; } = new(null, null, null, [], []);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var overview = await TryAsync(m => m.Send(new GetRankingOverviewQuery(Year), cancellationToken));
        if (overview is null)
        {
            return NotFound();
        }

        Overview = overview;
        return Page();
    }
}

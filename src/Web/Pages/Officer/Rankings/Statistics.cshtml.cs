using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Rankings.GetRankingStatistics;

namespace Recruitment.Web.Pages.Officer.Rankings;

/// <summary>A version's figures and score distribution: a chart, and the same figures as a table.</summary>
public sealed class StatisticsModel(IMediator mediator) : OfficerPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Track { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    public RankingStatisticsDto Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await TryAsync(m => m.Send(new GetRankingStatisticsQuery(Year, Track, Version), cancellationToken));
        if (result is null)
        {
            return NotFound();
        }

        Result = result;
        return Page();
    }
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Recruitment.Application.Rankings.GetRankingPage;
using Recruitment.Domain.Rankings;

namespace Recruitment.Web.Pages.Officer.Rankings;

/// <summary>A version of a ranking a page at a time, searched by name or number: ranked, not admissible or missing marks.</summary>
public sealed class ListModel(IMediator mediator) : OfficerPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Track { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    [BindProperty(SupportsGet = true, Name = "list")]
    public RankingOutcome List { get; set; } = RankingOutcome.Ranked;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public RankingPageDto Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(List))
        {
            List = RankingOutcome.Ranked;
        }

        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        var result = await TryAsync(m => m.Send(new GetRankingPageQuery(Year, Track, Version, List, Search, PageNumber), cancellationToken), f => f);
        if (result is null)
        {
            return ModelState.ContainsKey(nameof(Search)) ? await WithoutSearchAsync(cancellationToken) : NotFound();
        }

        Result = result;
        return Page();
    }

    public string Address(int? page = null, RankingOutcome? list = null, bool keepSearch = true)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["track"] = Track,
            ["version"] = Result.Version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["list"] = (list ?? List).ToString(),
            ["search"] = keepSearch ? Search : null,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Officer/Rankings/List", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private async Task<IActionResult> WithoutSearchAsync(CancellationToken cancellationToken)
    {
        var result = await TryAsync(m => m.Send(new GetRankingPageQuery(Year, Track, Version, List, null, PageNumber), cancellationToken));
        if (result is null)
        {
            return NotFound();
        }

        Result = result;
        return Page();
    }
}

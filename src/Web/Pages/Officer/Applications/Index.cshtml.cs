using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Applications.ListApplications;
using Recruitment.Application.Campaigns.ListCampaigns;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Consortium.GetConsortium;
using Recruitment.Domain.Applications;

namespace Recruitment.Web.Pages.Officer.Applications;

/// <summary>The applications of a campaign, filtered, a page at a time; the filters live in the address.</summary>
public sealed class IndexModel(IMediator mediator, IStringLocalizer<IndexModel> text) : PageModel
{
    public const int PageSize = ListApplicationsQuery.DefaultPageSize;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Eligibility? Eligibility { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Track { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? School { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool MissingDocuments { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool PossibleDuplicates { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>"page" in the address; PageModel already has a Page() method.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ApplicationPage Result { get; private set; } = new([], 0, 1, PageSize, null);

    public IReadOnlyList<CampaignSummaryDto> Campaigns { get; private set; } = [];

    public ConsortiumDto Consortium { get; private set; } = new([], []);

    public bool Filtered =>
        Status is not null || Eligibility is not null || !string.IsNullOrWhiteSpace(Track) || !string.IsNullOrWhiteSpace(School)
        || MissingDocuments || PossibleDuplicates || !string.IsNullOrWhiteSpace(Search);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Campaigns = await mediator.Send(new ListCampaignsQuery(), cancellationToken);
        Consortium = await mediator.Send(new GetConsortiumQuery(), cancellationToken);
        foreach (var (key, entry) in ModelState.Where(e => e.Value!.Errors.Count > 0).ToList())
        {
            // An address edited by hand (status=Whatever): say which filter was ignored, in the reader's words.
            entry!.Errors.Clear();
            ModelState.AddModelError(key, text["This value is not one of the choices; the filter was left out."]);
        }

        PageNumber = Math.Clamp(PageNumber, 1, ListApplicationsQuery.MaxPage);
        try
        {
            Result = await mediator.Send(new ListApplicationsQuery(Filter, PageNumber, PageSize), cancellationToken);
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(error.PropertyName.Replace("Filter.", string.Empty, StringComparison.Ordinal), error.ErrorMessage);
            }
        }
        catch (NotFoundException)
        {
            ModelState.AddModelError(nameof(Year), text["There is no campaign {0}.", Year ?? 0]);
        }

        Year ??= Result.Year;
    }

    public ApplicationFilter Filter => new(Year, Status, Eligibility, Track, School, MissingDocuments, PossibleDuplicates, Search);

    /// <summary>This list's address at another page, every filter kept.</summary>
    public string PageUrl(int page) => Address(Request.Path, page);

    /// <summary>The CSV of the whole filtered list (every page).</summary>
    public string CsvUrl => Address("/api/applications/export.csv", page: null);

    /// <summary>The page numbers to offer: the first, the last, and two on each side of the current one; null marks a gap.</summary>
    public IReadOnlyList<int?> PageLinks()
    {
        var links = new List<int?>();
        var last = Result.Pages;
        for (var page = 1; page <= last; page++)
        {
            if (page == 1 || page == last || Math.Abs(page - Result.Page) <= 2)
            {
                links.Add(page);
            }
            else if (links[^1] is not null)
            {
                links.Add(null);
            }
        }

        return links;
    }

    private string Address(string path, int? page)
    {
        var query = new Dictionary<string, string?>
        {
            ["Year"] = Year?.ToString(CultureInfo.InvariantCulture),
            ["Status"] = Status?.ToString(),
            ["Eligibility"] = Eligibility?.ToString(),
            ["Track"] = Track,
            ["School"] = School,
            ["MissingDocuments"] = MissingDocuments ? "true" : null,
            ["PossibleDuplicates"] = PossibleDuplicates ? "true" : null,
            ["Search"] = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
            ["page"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString(path, query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}

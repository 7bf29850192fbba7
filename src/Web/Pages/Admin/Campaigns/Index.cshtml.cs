using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruitment.Application.Campaigns.ListCampaigns;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages.Admin.Campaigns;

public sealed class IndexModel(IMediator mediator, LocalTime time) : PageModel
{
    public IReadOnlyList<CampaignSummaryDto> Campaigns { get; private set; } = [];

    public LocalTime Time => time;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Campaigns = await mediator.Send(new ListCampaignsQuery(), cancellationToken);
}

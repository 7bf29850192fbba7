using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Campaigns.ListCampaigns;

public sealed record ListCampaignsQuery : IQuery<IReadOnlyList<CampaignSummaryDto>>;

public sealed record CampaignSummaryDto(
    int Year,
    string Name,
    DateTimeOffset RegistrationOpensAt,
    DateTimeOffset RegistrationClosesAt,
    DateTimeOffset ResultsPublishedAt,
    int Pools,
    int Seats);

internal sealed class ListCampaignsHandler(IApplicationDbContext db) : IQueryHandler<ListCampaignsQuery, IReadOnlyList<CampaignSummaryDto>>
{
    public async ValueTask<IReadOnlyList<CampaignSummaryDto>> Handle(ListCampaignsQuery query, CancellationToken cancellationToken) =>
        await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.Year)
            .Select(c => new CampaignSummaryDto(
                c.Year,
                c.Name,
                c.RegistrationOpensAt,
                c.RegistrationClosesAt,
                c.ResultsPublishedAt,
                c.SeatPools.Count,
                c.SeatPools.Sum(p => p.Seats)))
            .ToListAsync(cancellationToken);
}

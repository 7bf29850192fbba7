using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Campaigns;

namespace Recruitment.Application.Rounds;

internal static class CampaignLookup
{
    public static async Task<Campaign> CampaignAsync(this IApplicationDbContext db, int year, CancellationToken cancellationToken) =>
        await db.Campaigns.SingleOrDefaultAsync(c => c.Year == year, cancellationToken) ?? throw NotFoundException.For("Campaign", year);
}

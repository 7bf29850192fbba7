using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Applications.FindMyApplication;

/// <summary>The signed-in applicant's latest application number, if they have one, and whether a campaign is open.</summary>
public sealed record FindMyApplicationQuery : IQuery<MyApplicationDto>;

public sealed record MyApplicationDto(string? Number, string? OpenCampaignName, DateTimeOffset? OpenCampaignClosesAt);

internal sealed class FindMyApplicationHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<FindMyApplicationQuery, MyApplicationDto>
{
    public async ValueTask<MyApplicationDto> Handle(FindMyApplicationQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var me = user.UserId;
        var number = me is null
            ? null
            : await db.Applications.AsNoTracking()
                .Where(a => a.ApplicantId == me)
                .OrderByDescending(a => a.CreatedAt)
                .Select(a => a.Number)
                .FirstOrDefaultAsync(cancellationToken);
        var open = await db.Campaigns.AsNoTracking()
            .Where(c => c.RegistrationClosesAt > now)
            .OrderBy(c => c.RegistrationClosesAt)
            .Select(c => new { c.Name, c.RegistrationClosesAt })
            .FirstOrDefaultAsync(cancellationToken);
        return new MyApplicationDto(number, open?.Name, open?.RegistrationClosesAt);
    }
}

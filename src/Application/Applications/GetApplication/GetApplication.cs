using Mediator;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Applications.GetApplication;

public sealed record GetApplicationQuery(string Number) : IQuery<ApplicationView>;

internal sealed class GetApplicationHandler(IApplicationDbContext db, ApplicationAccess access, TimeProvider clock)
    : IQueryHandler<GetApplicationQuery, ApplicationView>
{
    public async ValueTask<ApplicationView> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        var file = await access.LoadAsync(query.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);
        return await db.ViewAsync(file, campaign, clock.GetUtcNow(), showDuplicates: access.IsStaff, cancellationToken);
    }
}

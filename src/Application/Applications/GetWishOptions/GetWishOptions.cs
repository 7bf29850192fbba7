using Mediator;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Applications.GetWishOptions;

/// <summary>The wishes an application may rank: the (program, status) pairs with seats for its track.</summary>
public sealed record GetWishOptionsQuery(string Number) : IQuery<IReadOnlyList<WishOptionDto>>;

internal sealed class GetWishOptionsHandler(IApplicationDbContext db, ApplicationAccess access)
    : IQueryHandler<GetWishOptionsQuery, IReadOnlyList<WishOptionDto>>
{
    public async ValueTask<IReadOnlyList<WishOptionDto>> Handle(GetWishOptionsQuery query, CancellationToken cancellationToken)
    {
        var file = await access.LoadAsync(query.Number, cancellationToken);
        return file.Studies is null ? [] : await WishOptions.OfTrackAsync(db, file.CampaignId, file.Studies.TrackId, cancellationToken);
    }
}

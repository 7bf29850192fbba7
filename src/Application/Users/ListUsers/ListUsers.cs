using Mediator;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Users.ListUsers;

public sealed record ListUsersQuery : IQuery<IReadOnlyList<UserAccount>>;

internal sealed class ListUsersHandler(IIdentityService identity) : IQueryHandler<ListUsersQuery, IReadOnlyList<UserAccount>>
{
    public async ValueTask<IReadOnlyList<UserAccount>> Handle(ListUsersQuery query, CancellationToken cancellationToken) =>
        await identity.ListUsersAsync(cancellationToken);
}

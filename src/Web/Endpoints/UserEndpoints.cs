using Mediator;
using Recruitment.Application.Users.CreateUser;
using Recruitment.Application.Users.ListUsers;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Endpoints;

internal static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users")
            .WithTags("Users")
            .RequireAuthorization(Policies.Administrator);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListUsersQuery(), ct)))
            .WithSummary("Lists the accounts with their roles.");

        group.MapPost("/", async (CreateUserCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/users/{id}", new { id });
            })
            .WithSummary("Creates a staff account: AdmissionsOfficer, SchoolDirector (with a school code) or Administrator.");
    }
}

using Mediator;
using Recruitment.Application.Consortium.GetConsortium;

namespace Recruitment.Web.Endpoints;

internal static class ConsortiumEndpoints
{
    public static void MapConsortiumEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/consortium", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetConsortiumQuery(), ct)))
            .AllowAnonymous()
            .WithTags("Consortium")
            .WithSummary("The schools, their programs and statuses, and the tracks with their exam subjects.");
    }
}

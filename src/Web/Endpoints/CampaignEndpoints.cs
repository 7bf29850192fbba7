using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Recruitment.Application.Campaigns.CreateCampaign;
using Recruitment.Application.Campaigns.GetCampaign;
using Recruitment.Application.Campaigns.ListCampaigns;
using Recruitment.Application.Campaigns.RemoveSeatPool;
using Recruitment.Application.Campaigns.SetSeatPool;
using Recruitment.Application.Campaigns.UpdateCampaign;
using Recruitment.Domain.Consortium;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Endpoints;

internal static class CampaignEndpoints
{
    public static void MapCampaignEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/campaigns")
            .WithTags("Campaigns")
            .RequireAuthorization(Policies.ManageCampaigns);

        group.MapGet("/", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCampaignsQuery(), ct)))
            .WithSummary("Lists the campaigns, newest first.");

        group.MapGet("/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCampaignQuery(year), ct)))
            .WithSummary("A campaign's calendar and seat pools.");

        group.MapPost("/", async Task<Created<CampaignDto>> (CreateCampaignCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var year = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/campaigns/{year}", await mediator.Send(new GetCampaignQuery(year), ct));
            })
            .WithSummary("Creates a campaign. Dates must follow one another: registration opens, closes, results, rounds.");

        group.MapPut("/{year:int}", async (int year, CampaignSettingsBody body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(
                    new UpdateCampaignCommand(
                        year,
                        body.Name,
                        body.MaxWishes,
                        body.RegistrationOpensAt,
                        body.RegistrationClosesAt,
                        body.ResultsPublishedAt,
                        body.Rounds,
                        body.NoAnswerKeepsOffer),
                    ct);
                return TypedResults.Ok(await mediator.Send(new GetCampaignQuery(year), ct));
            })
            .WithSummary("Changes a campaign's name, wish limit and calendar.");

        group.MapPut("/{year:int}/pools/{program}/{status}/{track}", SetSeatsAsync)
            .WithSummary("Sets the seats of the pool (program, status, track), e.g. /api/campaigns/2027/pools/TN-ING/S/MP.")
            .WithDescription("Status is S (student) or A (apprentice). Creates the pool if it does not exist.");

        group.MapDelete("/{year:int}/pools/{program}/{status}/{track}", RemovePoolAsync)
            .WithSummary("Removes a seat pool.");
    }

    private static async Task<Results<Ok<CampaignDto>, ValidationProblem>> SetSeatsAsync(
        int year, string program, string status, string track, SeatsBody body, IMediator mediator, CancellationToken ct)
    {
        if (!ProgramStatusCodes.TryParse(status, out var programStatus))
        {
            return InvalidStatus(status);
        }

        await mediator.Send(new SetSeatPoolCommand(year, program, programStatus, track, body.Seats), ct);
        return TypedResults.Ok(await mediator.Send(new GetCampaignQuery(year), ct));
    }

    private static async Task<Results<NoContent, ValidationProblem>> RemovePoolAsync(
        int year, string program, string status, string track, IMediator mediator, CancellationToken ct)
    {
        if (!ProgramStatusCodes.TryParse(status, out var programStatus))
        {
            return InvalidStatus(status);
        }

        await mediator.Send(new RemoveSeatPoolCommand(year, program, programStatus, track), ct);
        return TypedResults.NoContent();
    }

    private static ValidationProblem InvalidStatus(string status) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["Status"] = [$"'{status}' is not a status: use S (student) or A (apprentice)."] },
            title: "The request has invalid fields.");

    internal sealed record SeatsBody(int Seats);

    internal sealed record CampaignSettingsBody(
        string Name,
        int MaxWishes,
        DateTimeOffset RegistrationOpensAt,
        DateTimeOffset RegistrationClosesAt,
        DateTimeOffset ResultsPublishedAt,
        IReadOnlyList<Domain.Campaigns.RoundDates>? Rounds,
        bool NoAnswerKeepsOffer = false);
}

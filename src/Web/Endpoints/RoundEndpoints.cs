using Mediator;
using Recruitment.Application.Rounds.AnswerOffer;
using Recruitment.Application.Rounds.CloseRound;
using Recruitment.Application.Rounds.GetMyAllocation;
using Recruitment.Application.Rounds.GetRoundFile;
using Recruitment.Application.Rounds.GetRounds;
using Recruitment.Application.Rounds.OpenRound;
using Recruitment.Application.Rounds.ReplayRound;
using Recruitment.Application.Rounds.WhatIf;
using Recruitment.Domain.Rounds;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Endpoints;

/// <summary>Allocation rounds: officers open and close them; applicants answer their offers.</summary>
internal static class RoundEndpoints
{
    public static void MapRoundEndpoints(this RouteGroupBuilder api)
    {
        var rounds = api.MapGroup("/campaigns/{year:int}").WithTags("Allocation rounds").RequireAuthorization(Policies.ManageCampaigns);
        rounds.MapGet("/rounds", async (int year, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetRoundsQuery(year), ct)))
            .WithSummary("The campaign's rounds, newest first, with each pool's capacity, held seats, offers, free seats, waiting list and last admitted rank.");
        rounds.MapPost("/rounds", async (int year, OpenRoundBody? body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new OpenRoundCommand(year, body?.AnswersDueAt), ct)))
            .WithSummary("Computes and opens the next round (answer deadline: the one given, else the planned one).")
            .WithDescription("Refused while a round is open, when the result fails verification, or when it would take a held seat away.");
        rounds.MapPost("/rounds/close", async (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseRoundCommand(year), ct)))
            .WithSummary("Closes the open round after its deadline; unanswered offers count as the campaign says (resignation by default).");
        rounds.MapGet("/rounds/{round:int}/input.json", (int year, int round, IMediator mediator, CancellationToken ct) => FileAsync(mediator, year, round, output: false, ct))
            .WithSummary("The round's input in the allocate command's format; its SHA-256 is the round's input hash.");
        rounds.MapGet("/rounds/{round:int}/output.json", (int year, int round, IMediator mediator, CancellationToken ct) => FileAsync(mediator, year, round, output: true, ct))
            .WithSummary("The round's output (with explanations), as `allocate --explain` writes it; its SHA-256 is the round's output hash.");
        rounds.MapGet("/rounds/{round:int}/replay", async (int year, int round, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReplayRoundQuery(year, round), ct)))
            .WithSummary("Recomputes the round from its stored input and compares the output hash.");
        rounds.MapPost("/what-if", async (int year, WhatIfBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WhatIfQuery(year, body.Capacities), ct)))
            .WithSummary("The allocation on the current wishes with changed capacities (by pool id), beside the real one. Nothing is saved.");

        var mine = api.MapGroup("/applications/{number}/allocation").WithTags("Allocation rounds").RequireAuthorization(Policies.ReadApplications);
        mine.MapGet("/", async (string number, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMyAllocationQuery(number), ct)))
            .WithSummary("The application's offer in the latest round, the seat held, the wishes in play and why better wishes were not obtained.");
        mine.MapPost("/answer", async (string number, AnswerBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(new { change = await mediator.Send(new AnswerOfferCommand(number, body.Answer), ct) }))
            .WithSummary("Answers the offer: AcceptFinal (oui définitif), AcceptWaiting (oui mais), DeclineWaiting (non mais) or Resign (démission). Final.");
    }

    private static async Task<IResult> FileAsync(IMediator mediator, int year, int round, bool output, CancellationToken ct)
    {
        var file = await mediator.Send(new GetRoundFileQuery(year, round, output), ct);
        return TypedResults.File(file.Content, "application/json", file.FileName);
    }

    internal sealed record OpenRoundBody(DateTimeOffset? AnswersDueAt);

    internal sealed record WhatIfBody(IReadOnlyDictionary<string, int> Capacities);

    internal sealed record AnswerBody(OfferAnswer Answer);
}

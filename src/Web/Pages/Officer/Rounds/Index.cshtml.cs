using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruitment.Application.Campaigns.ListCampaigns;
using Recruitment.Application.Common.Localization;
using Recruitment.Application.Rounds.CloseRound;
using Recruitment.Application.Rounds.GetRounds;
using Recruitment.Application.Rounds.OpenRound;
using Recruitment.Application.Rounds.ReplayRound;
using Recruitment.Application.Rounds.WhatIf;
using Recruitment.Domain.Common;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages.Officer.Rounds;

/// <summary>Allocation rounds of a campaign: open, close, per-pool figures, files and replay, and what-if capacities.</summary>
public sealed class IndexModel(IMediator mediator, LocalTime time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public DateTime? AnswersDueAt { get; set; }

    [BindProperty]
    public Dictionary<string, int> Capacities { get; set; } = [];

    public IReadOnlyList<CampaignSummaryDto> Campaigns { get; private set; } = [];

    public IReadOnlyList<RoundDto> Rounds { get; private set; } = [];

    public ReplayResult? Replay { get; private set; }

    public WhatIfDto? WhatIf { get; private set; }

    public LocalTime Time => time;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return await TryAsync(
            async () =>
            {
                var opened = await mediator.Send(new OpenRoundCommand(Year!.Value, AnswersDueAt is { } due ? time.FromLocal(due) : null), cancellationToken);
                TempData["Success"] = Text.Format("Round {0} is open: {1} new offer(s).", opened.Number, opened.Offers);
            },
            cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return await TryAsync(
            async () =>
            {
                var closed = await mediator.Send(new CloseRoundCommand(Year!.Value), cancellationToken);
                TempData["Success"] = Text.Format("Round {0} is closed; {1} offer(s) were left unanswered.", closed.Number, closed.Unanswered);
            },
            cancellationToken);
    }

    public async Task<IActionResult> OnPostReplayAsync(int round, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Replay = await mediator.Send(new ReplayRoundQuery(Year!.Value, round), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostWhatIfAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            WhatIf = await mediator.Send(new WhatIfQuery(Year!.Value, Capacities), cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Capacities));
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, Text.Get(ex.Message));
        }

        return Page();
    }

    private async Task<IActionResult> TryAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return RedirectToPage(new { Year });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, Text.Get(ex.Message));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Campaigns = await mediator.Send(new ListCampaignsQuery(), cancellationToken);
        Year ??= Campaigns.Count > 0 ? Campaigns[0].Year : null;
        if (Year is { } year)
        {
            Rounds = await mediator.Send(new GetRoundsQuery(year), cancellationToken);
        }

        if (Capacities.Count == 0 && Rounds.Count > 0)
        {
            Capacities = Rounds[0].Pools.ToDictionary(p => p.Pool, p => p.Capacity, StringComparer.Ordinal);
        }
    }
}

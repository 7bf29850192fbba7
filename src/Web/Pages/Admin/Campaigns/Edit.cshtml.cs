using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Campaigns.GetCampaign;
using Recruitment.Application.Campaigns.RemoveSeatPool;
using Recruitment.Application.Campaigns.SetSeatPool;
using Recruitment.Application.Campaigns.UpdateCampaign;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Consortium.GetConsortium;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Common;
using Recruitment.Domain.Consortium;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages.Admin.Campaigns;

/// <summary>One campaign: its settings and calendar, and its seat pools.</summary>
public sealed class EditModel(
    IMediator mediator,
    LocalTime time,
    IStringLocalizer<EditModel> text,
    IStringLocalizer<CampaignForm> formText) : PageModel
{
    [FromRoute]
    public int Year { get; set; }

    [BindProperty]
    public CampaignForm Input { get; set; } = new();

    /// <summary>The pool a row form or the new-pool form posted.</summary>
    [BindProperty]
    public PoolForm Pool { get; set; } = new();

    public CampaignDto Campaign { get; private set; } = null!;

    public ConsortiumDto Consortium { get; private set; } = new([], []);

    /// <summary>The pool whose row shows an error, or "new" for the new-pool form.</summary>
    public string? FailedPool { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = CampaignForm.From(Campaign, time);
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(Pool));
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith($"{nameof(Pool)}.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        var rounds = Input.RoundDates(time, ModelState, nameof(Input), formText);
        if (ModelState.IsValid)
        {
            var saved = await TryAsync(
                new UpdateCampaignCommand(
                    Year,
                    Input.Name,
                    Input.MaxWishes,
                    time.FromLocal(Input.RegistrationOpensAt!.Value),
                    time.FromLocal(Input.RegistrationClosesAt!.Value),
                    time.FromLocal(Input.ResultsPublishedAt!.Value),
                    rounds,
                    Input.NoAnswerKeepsOffer),
                nameof(Input),
                cancellationToken);
            if (saved)
            {
                TempData["Success"] = text["The campaign's settings are saved."].Value;
                return RedirectToPage(new { Year });
            }
        }

        return await RedisplayAsync(keepInput: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostSeatsAsync(CancellationToken cancellationToken) =>
        await SavePoolAsync(Pool.Key, cancellationToken);

    public async Task<IActionResult> OnPostAddPoolAsync(CancellationToken cancellationToken) =>
        await SavePoolAsync("new", cancellationToken);

    public async Task<IActionResult> OnPostRemovePoolAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(new RemoveSeatPoolCommand(Year, Pool.ProgramCode, Pool.Status, Pool.TrackCode), nameof(Pool), cancellationToken))
        {
            TempData["Success"] = text["Pool {0} removed.", Pool.Key].Value;
            return RedirectToPage(new { Year });
        }

        FailedPool = Pool.Key;
        return await RedisplayAsync(keepInput: false, cancellationToken);
    }

    private async Task<IActionResult> SavePoolAsync(string failedRow, CancellationToken cancellationToken)
    {
        if (ModelState.GetFieldValidationState($"{nameof(Pool)}.{nameof(PoolForm.Seats)}") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.Remove($"{nameof(Pool)}.{nameof(PoolForm.Seats)}");
            ModelState.AddModelError($"{nameof(Pool)}.{nameof(PoolForm.Seats)}", text["Enter the number of seats as a whole number."]);
        }
        else if (await TryAsync(
                     new SetSeatPoolCommand(Year, Pool.ProgramCode, Pool.Status, Pool.TrackCode, Pool.Seats ?? -1),
                     nameof(Pool),
                     cancellationToken))
        {
            TempData["Success"] = text["Pool {0} now has {1} seat(s).", Pool.Key, Pool.Seats ?? 0].Value;
            return RedirectToPage(new { Year });
        }

        FailedPool = failedRow;
        return await RedisplayAsync(keepInput: false, cancellationToken);
    }

    private async Task<bool> TryAsync<TCommand>(TCommand command, string prefix, CancellationToken cancellationToken)
        where TCommand : ICommand
    {
        try
        {
            await mediator.Send(command, cancellationToken);
            return true;
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, prefix);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }
        catch (NotFoundException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }

        return false;
    }

    private async Task<IActionResult> RedisplayAsync(bool keepInput, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (keepInput)
        {
            Input.PadRounds();
        }
        else
        {
            Input = CampaignForm.From(Campaign, time);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Campaign = await mediator.Send(new GetCampaignQuery(Year), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Consortium = await mediator.Send(new GetConsortiumQuery(), cancellationToken);
        return true;
    }

    public string? PoolError(string row) =>
        FailedPool == row
            ? string.Join(" ", ModelState.Where(e => e.Key.StartsWith($"{nameof(Pool)}.", StringComparison.Ordinal) || e.Key.Length == 0)
                .SelectMany(e => e.Value!.Errors.Select(err => err.ErrorMessage)))
            : null;

    public sealed class PoolForm
    {
        public string ProgramCode { get; set; } = string.Empty;

        public ProgramStatus Status { get; set; } = ProgramStatus.Student;

        public string TrackCode { get; set; } = string.Empty;

        public int? Seats { get; set; }

        public string Key => ReferenceCode.IsValid(ProgramCode) && ReferenceCode.IsValid(TrackCode) && Enum.IsDefined(Status)
            ? new SeatPoolKey(ProgramCode, Status, TrackCode).ToString()
            : $"{ProgramCode}/{Status}/{TrackCode}";
    }
}

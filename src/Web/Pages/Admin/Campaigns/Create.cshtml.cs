using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Campaigns.CreateCampaign;
using Recruitment.Domain.Common;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages.Admin.Campaigns;

public sealed class CreateModel(
    IMediator mediator,
    LocalTime time,
    TimeProvider clock,
    IStringLocalizer<CreateModel> text,
    IStringLocalizer<CampaignForm> formText) : PageModel
{
    [BindProperty]
    public CampaignForm Input { get; set; } = new();

    public void OnGet()
    {
        var year = clock.GetUtcNow().Year + 1;
        Input = new CampaignForm
        {
            YearEditable = true,
            Year = year,
            Name = $"Concours {year}",
            RegistrationOpensAt = new DateTime(year - 1, 12, 1, 9, 0, 0, DateTimeKind.Unspecified),
            RegistrationClosesAt = new DateTime(year, 1, 31, 23, 59, 0, DateTimeKind.Unspecified),
            ResultsPublishedAt = new DateTime(year, 6, 15, 10, 0, 0, DateTimeKind.Unspecified),
        };
        Input.PadRounds();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var rounds = Input.RoundDates(time, ModelState, nameof(Input), formText);
        if (ModelState.IsValid)
        {
            try
            {
                var year = await mediator.Send(
                    new CreateCampaignCommand(
                        Input.Year,
                        Input.Name,
                        Input.MaxWishes,
                        time.FromLocal(Input.RegistrationOpensAt!.Value),
                        time.FromLocal(Input.RegistrationClosesAt!.Value),
                        time.FromLocal(Input.ResultsPublishedAt!.Value),
                        rounds,
                        Input.NoAnswerKeepsOffer),
                    cancellationToken);
                TempData["Success"] = text["Campaign {0} created.", year].Value;
                return RedirectToPage("Edit", new { year });
            }
            catch (ValidationException ex)
            {
                ModelState.AddValidationErrors(ex, nameof(Input));
            }
            catch (DomainException ex)
            {
                ModelState.AddModelError(string.Empty, ex.Message);
            }
        }

        Input.YearEditable = true;
        Input.PadRounds();
        return Page();
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Campaigns.GetCampaign;
using Recruitment.Domain.Campaigns;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages.Admin.Campaigns;

/// <summary>A campaign's settings as typed in the form, in the campaign's local time.</summary>
public sealed class CampaignForm
{
    public const int RoundRows = 5;

    /// <summary>Only a new campaign's year can be typed; an existing campaign is known by its year.</summary>
    [BindNever]
    public bool YearEditable { get; set; }

    public int Year { get; set; }

    [Required(ErrorMessage = "Enter the campaign's name.")]
    public string Name { get; set; } = string.Empty;

    [Display(Name = "Maximum wishes")]
    public int MaxWishes { get; set; } = Campaign.DefaultMaxWishes;

    /// <summary>An offer left unanswered at a round's deadline keeps waiting ("oui mais") rather than resigning.</summary>
    public bool NoAnswerKeepsOffer { get; set; }

    [Required(ErrorMessage = "Enter when registration opens.")]
    public DateTime? RegistrationOpensAt { get; set; }

    [Required(ErrorMessage = "Enter when registration closes.")]
    public DateTime? RegistrationClosesAt { get; set; }

    [Required(ErrorMessage = "Enter when results are published.")]
    public DateTime? ResultsPublishedAt { get; set; }

    public List<RoundForm> Rounds { get; set; } = [];

    public static CampaignForm From(CampaignDto campaign, LocalTime time)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(time);
        var form = new CampaignForm
        {
            Year = campaign.Year,
            Name = campaign.Name,
            MaxWishes = campaign.MaxWishes,
            NoAnswerKeepsOffer = campaign.NoAnswerKeepsOffer,
            RegistrationOpensAt = time.ToLocal(campaign.RegistrationOpensAt),
            RegistrationClosesAt = time.ToLocal(campaign.RegistrationClosesAt),
            ResultsPublishedAt = time.ToLocal(campaign.ResultsPublishedAt),
            Rounds = [.. campaign.Rounds.Select(r => new RoundForm { OffersAt = time.ToLocal(r.OffersAt), AnswersDueAt = time.ToLocal(r.AnswersDueAt) })],
        };
        form.PadRounds();
        return form;
    }

    /// <summary>Leaves empty rows for more rounds to be planned.</summary>
    public void PadRounds()
    {
        while (Rounds.Count < RoundRows)
        {
            Rounds.Add(new RoundForm());
        }
    }

    /// <summary>The planned rounds, empty rows left out; a half-filled row is an error at its empty field.</summary>
    public IReadOnlyList<RoundDates> RoundDates(LocalTime time, ModelStateDictionary modelState, string prefix, IStringLocalizer<CampaignForm> text)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(text);
        var rounds = new List<RoundDates>();
        for (var i = 0; i < Rounds.Count; i++)
        {
            var row = Rounds[i];
            if (row.OffersAt is { } offers && row.AnswersDueAt is { } due)
            {
                rounds.Add(new RoundDates(time.FromLocal(offers), time.FromLocal(due)));
            }
            else if (row.OffersAt is not null || row.AnswersDueAt is not null)
            {
                var missing = row.OffersAt is null ? nameof(RoundForm.OffersAt) : nameof(RoundForm.AnswersDueAt);
                modelState.AddModelError($"{prefix}.Rounds[{i}].{missing}", text["Enter both dates of round {0}, or leave both empty.", i + 1]);
            }
        }

        return rounds;
    }
}

public sealed class RoundForm
{
    public DateTime? OffersAt { get; set; }

    public DateTime? AnswersDueAt { get; set; }
}

using FluentValidation;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Campaigns;

namespace Recruitment.Application.Campaigns;

/// <summary>What an officer sets on a campaign: its name, how many wishes an applicant may rank, and its calendar.</summary>
public interface ICampaignSettings
{
    string Name { get; }

    int MaxWishes { get; }

    DateTimeOffset RegistrationOpensAt { get; }

    DateTimeOffset RegistrationClosesAt { get; }

    DateTimeOffset ResultsPublishedAt { get; }

    IReadOnlyList<RoundDates>? Rounds { get; }
}

internal static class CampaignSettingsExtensions
{
    public static CampaignCalendar ToCalendar(this ICampaignSettings settings) => new(
        settings.RegistrationOpensAt,
        settings.RegistrationClosesAt,
        settings.ResultsPublishedAt,
        settings.Rounds ?? []);
}

/// <summary>The rules every campaign's settings follow, whether created or edited.</summary>
internal abstract class CampaignSettingsValidator<T> : AbstractValidator<T>
    where T : ICampaignSettings
{
    protected CampaignSettingsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.MaxWishes).InclusiveBetween(1, Campaign.MaxWishesLimit);
        RuleFor(c => c).Custom((settings, context) =>
        {
            foreach (var problem in settings.ToCalendar().Problems())
            {
                context.AddFailure(problem.Field, Describe(problem));
            }
        });
    }

    private static string Describe(CalendarProblem problem) => problem.Rule switch
    {
        CalendarRule.RegistrationClosesAfterItOpens => Text.Get("Registration must close after it opens."),
        CalendarRule.ResultsAfterRegistrationCloses => Text.Get("Results must be published after registration closes."),
        CalendarRule.RoundStartsAfterResults => Text.Format("Round {0} cannot start before the results publication.", problem.Round),
        CalendarRule.RoundStartsAfterPreviousRound => Text.Format("Round {0} cannot start before round {1}'s answer deadline.", problem.Round, problem.Round - 1),
        CalendarRule.RoundAnswersDueAfterOffers => Text.Format("Round {0}'s answer deadline must come after its offers.", problem.Round),
        _ => problem.Message,
    };
}

using FluentValidation;
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
                context.AddFailure(problem.Field, problem.Message);
            }
        });
    }
}

using Mediator;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Campaigns;

namespace Recruitment.Application.Campaigns.CreateCampaign;

public sealed record CreateCampaignCommand(
    int Year,
    string Name,
    int MaxWishes,
    DateTimeOffset RegistrationOpensAt,
    DateTimeOffset RegistrationClosesAt,
    DateTimeOffset ResultsPublishedAt,
    IReadOnlyList<RoundDates>? Rounds,
    bool NoAnswerKeepsOffer = false) : ICommand<int>, ICampaignSettings;

internal sealed class CreateCampaignHandler(IApplicationDbContext db) : ICommandHandler<CreateCampaignCommand, int>
{
    public async ValueTask<int> Handle(CreateCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = Campaign.Create(command.Year, command.Name, command.ToCalendar(), command.MaxWishes);
        campaign.SetNoAnswerRule(command.NoAnswerKeepsOffer);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        return campaign.Year;
    }
}

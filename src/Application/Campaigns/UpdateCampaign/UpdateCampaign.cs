using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Campaigns;

namespace Recruitment.Application.Campaigns.UpdateCampaign;

public sealed record UpdateCampaignCommand(
    int Year,
    string Name,
    int MaxWishes,
    DateTimeOffset RegistrationOpensAt,
    DateTimeOffset RegistrationClosesAt,
    DateTimeOffset ResultsPublishedAt,
    IReadOnlyList<RoundDates>? Rounds,
    bool NoAnswerKeepsOffer = false) : ICommand, ICampaignSettings;

internal sealed class UpdateCampaignValidator : CampaignSettingsValidator<UpdateCampaignCommand>;

internal sealed class UpdateCampaignHandler(IApplicationDbContext db) : ICommandHandler<UpdateCampaignCommand>
{
    public async ValueTask<Unit> Handle(UpdateCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.Include(c => c.Rounds).SingleOrDefaultAsync(c => c.Year == command.Year, cancellationToken)
            ?? throw NotFoundException.For("Campaign", command.Year);
        campaign.Configure(command.Name, command.MaxWishes);
        campaign.SetNoAnswerRule(command.NoAnswerKeepsOffer);
        campaign.Reschedule(command.ToCalendar());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

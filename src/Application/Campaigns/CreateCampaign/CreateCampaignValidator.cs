using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Campaigns;

namespace Recruitment.Application.Campaigns.CreateCampaign;

internal sealed class CreateCampaignValidator : CampaignSettingsValidator<CreateCampaignCommand>
{
    public CreateCampaignValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.Year)
            .InclusiveBetween(Campaign.MinYear, Campaign.MaxYear)
            .MustAsync(async (year, ct) => !await db.Campaigns.AnyAsync(c => c.Year == year, ct))
            .WithMessage(c => Text.Format("A campaign for {0} already exists.", c.Year));
    }
}

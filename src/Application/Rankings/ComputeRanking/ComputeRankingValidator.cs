using FluentValidation;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.ComputeRanking;

internal sealed class ComputeRankingValidator : AbstractValidator<ComputeRankingCommand>
{
    public ComputeRankingValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(Campaign.MinYear, Campaign.MaxYear);
        RuleFor(c => c.Track).NotEmpty().MaximumLength(ReferenceCode.MaxLength);
        RuleFor(c => c.Seed).Custom((seed, context) =>
        {
            if (RankingLottery.SeedProblem(seed) is not null)
            {
                context.AddFailure(Text.Format(
                    "Enter the lottery seed: 1 to {0} printable ASCII characters (letters without accents, digits, punctuation, spaces), not starting or ending with a space.",
                    RankingLottery.MaxSeedLength));
            }
        });
    }
}

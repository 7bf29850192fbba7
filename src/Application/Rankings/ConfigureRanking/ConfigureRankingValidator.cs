using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.ConfigureRanking;

/// <summary>
/// Every broken rule at once, each under the field it concerns (<c>Subjects[1].Coefficient</c>, <c>AdmissibilityBar</c>,
/// <c>TieBreakChain[0]</c>), so that a form can show them next to their inputs.
/// </summary>
internal sealed class ConfigureRankingValidator : AbstractValidator<ConfigureRankingCommand>
{
    public ConfigureRankingValidator(IApplicationDbContext db)
    {
        RuleFor(c => c.Year).InclusiveBetween(Campaign.MinYear, Campaign.MaxYear);
        RuleFor(c => c.Track).NotEmpty().MaximumLength(ReferenceCode.MaxLength);
        RuleFor(c => c.Subjects).NotNull().WithMessage(_ => Text.Get("Give at least one subject with its coefficient."));
        RuleFor(c => c.TieBreakChain).NotNull();
        RuleFor(c => c).CustomAsync(async (command, context, cancellationToken) =>
        {
            if (command.Subjects is null || command.TieBreakChain is null || command.Subjects.Contains(null) || command.TieBreakChain.Contains(null))
            {
                return;
            }

            var subjects = command.Subjects.Select(s => s with { Subject = (s.Subject ?? string.Empty).Trim().ToUpperInvariant() }).ToList();
            var chain = command.TieBreakChain.Select(s => s.Trim().ToUpperInvariant()).ToList();
            var code = (command.Track ?? string.Empty).Trim().ToUpperInvariant();
            var ofTrack = (await db.Tracks.AsNoTracking().Where(t => t.Code == code).SelectMany(t => t.Subjects.Select(s => s.Code)).ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < subjects.Count; i++)
            {
                var (subject, coefficient) = subjects[i];
                var field = $"{nameof(ConfigureRankingCommand.Subjects)}[{i}]";
                if (subject.Length == 0)
                {
                    context.AddFailure($"{field}.{nameof(SubjectCoefficient.Subject)}", Text.Get("Choose a subject."));
                }
                else if (ofTrack.Count > 0 && !ofTrack.Contains(subject))
                {
                    context.AddFailure($"{field}.{nameof(SubjectCoefficient.Subject)}", Text.Format("{0} is not a subject of track {1}.", subject, code));
                }
                else if (subjects.FindIndex(s => s.Subject == subject) < i)
                {
                    context.AddFailure($"{field}.{nameof(SubjectCoefficient.Subject)}", Text.Format("Subject {0} is listed twice.", subject));
                }

                if (coefficient < 0 || coefficient > RankingRules.MaxCoefficient)
                {
                    context.AddFailure($"{field}.{nameof(SubjectCoefficient.Coefficient)}", Text.Format("The coefficient of {0} must be from 0 to 100.", subject));
                }
                else if (decimal.Round(coefficient, 2) != coefficient)
                {
                    context.AddFailure($"{field}.{nameof(SubjectCoefficient.Coefficient)}", Text.Format("The coefficient of {0} has at most two decimals.", subject));
                }
            }

            if (subjects.Count == 0)
            {
                context.AddFailure(nameof(ConfigureRankingCommand.Subjects), Text.Get("Give at least one subject with its coefficient."));
            }
            else if (subjects.All(s => s.Coefficient <= 0))
            {
                context.AddFailure(nameof(ConfigureRankingCommand.Subjects), Text.Get("At least one subject must have a coefficient above 0: with every coefficient at 0 there is no score."));
            }

            if (command.AdmissibilityBar is < 0 or > 20)
            {
                context.AddFailure(nameof(ConfigureRankingCommand.AdmissibilityBar), Text.Get("The admissibility bar must be from 0 to 20."));
            }
            else if (decimal.Round(command.AdmissibilityBar, 2) != command.AdmissibilityBar)
            {
                context.AddFailure(nameof(ConfigureRankingCommand.AdmissibilityBar), Text.Get("The admissibility bar has at most two decimals."));
            }

            for (var i = 0; i < chain.Count; i++)
            {
                var field = $"{nameof(ConfigureRankingCommand.TieBreakChain)}[{i}]";
                if (!subjects.Any(s => s.Subject == chain[i]))
                {
                    context.AddFailure(field, Text.Format("Tie-break subject {0} is not a subject of the ranking.", chain[i]));
                }
                else if (chain.IndexOf(chain[i]) < i)
                {
                    context.AddFailure(field, Text.Format("Tie-break subject {0} is already earlier in the chain.", chain[i]));
                }
            }
        });
    }
}

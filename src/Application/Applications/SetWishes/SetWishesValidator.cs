using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Application.Applications.SetWishes;

internal sealed class SetWishesValidator : AbstractValidator<SetWishesCommand>
{
    public SetWishesValidator(IApplicationDbContext db, ICurrentUser user)
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.Wishes).NotNull();
        RuleFor(c => c).CustomAsync(async (command, context, ct) =>
        {
            // Only the caller's own file: checking the wishes against someone else's track would tell that it exists.
            var file = await db.Applications.AsNoTracking()
                .Where(a => a.Number == command.Number && a.ApplicantId == user.UserId)
                .Select(a => new { a.CampaignId, TrackId = a.Studies == null ? (int?)null : a.Studies.TrackId })
                .SingleOrDefaultAsync(ct);
            if (file is null || command.Wishes is null)
            {
                return; // Not found is the handler's answer, with the access rules.
            }

            if (file.TrackId is null)
            {
                context.AddFailure(nameof(SetWishesCommand.Wishes), Text.Get("Choose your track (studies section) before ranking wishes: the wishes open to you depend on it."));
                return;
            }

            var maxWishes = await db.Campaigns.Where(c => c.Id == file.CampaignId).Select(c => c.MaxWishes).SingleAsync(ct);
            if (command.Wishes.Count > maxWishes)
            {
                context.AddFailure(nameof(SetWishesCommand.Wishes), Text.Format("At most {0} wishes can be ranked; you ranked {1}.", maxWishes, command.Wishes.Count));
            }

            var options = (await WishOptions.OfTrackAsync(db, file.CampaignId, file.TrackId.Value, ct)).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < command.Wishes.Count; i++)
            {
                var key = command.Wishes[i];
                var field = $"{nameof(SetWishesCommand.Wishes)}[{i}]";
                if (!seen.Add(key))
                {
                    context.AddFailure(field, Text.Format("Wish {0} ({1}) is already ranked above.", i + 1, key));
                }
                else if (!options.Contains(key))
                {
                    context.AddFailure(field, Text.Format("Wish {0} ({1}) is not open to your track.", i + 1, key));
                }
            }
        });
    }
}

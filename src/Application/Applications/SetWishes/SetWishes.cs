using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.SetWishes;

/// <summary>
/// Replaces the ranked wishes, most wanted first. Each wish is a key <c>PROGRAM/STATUS</c>, e.g. <c>TN-ING/S</c>.
/// </summary>
public sealed record SetWishesCommand(string Number, IReadOnlyList<string> Wishes, int Version) : ICommand<SectionSaved>;

internal sealed class SetWishesHandler(IApplicationDbContext db, ApplicationAccess access, AuditLog audit, TimeProvider clock)
    : ICommandHandler<SetWishesCommand, SectionSaved>
{
    public async ValueTask<SectionSaved> Handle(SetWishesCommand command, CancellationToken cancellationToken)
    {
        var file = await access.LoadOwnAsync(command.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);
        var options = file.Studies is null ? [] : await WishOptions.OfTrackAsync(db, campaign.Id, file.Studies.TrackId, cancellationToken);
        var byKey = options.ToDictionary(o => o.Key, StringComparer.Ordinal);
        var wishes = command.Wishes.Select(key => byKey[key]).Select(o => new WishChoice(o.ProgramId, o.Status)).ToList();

        var changes = file.SetWishes(wishes, options.AsChoices(), command.Version, campaign, clock.GetUtcNow());
        if (changes.Count > 0)
        {
            audit.Record(AuditLog.ApplicationSubject, file.Number, "WishesEdited", [.. changes, $"Ranked: {string.Join(", ", command.Wishes)}"]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SectionSaved(file.WishesVersion, changes);
    }
}

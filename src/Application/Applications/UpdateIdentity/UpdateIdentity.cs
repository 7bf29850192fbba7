using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.UpdateIdentity;

/// <summary>Saves the identity section; <see cref="Version"/> is the section's version the form was built from.</summary>
public sealed record UpdateIdentityCommand(
    string Number,
    string FirstName,
    string LastName,
    DateOnly? BirthDate,
    string Nationality,
    Sex? Sex,
    string? Ine,
    int Version) : ICommand<SectionSaved>;

internal sealed class UpdateIdentityHandler(IApplicationDbContext db, ApplicationAccess access, AuditLog audit, TimeProvider clock)
    : ICommandHandler<UpdateIdentityCommand, SectionSaved>
{
    public async ValueTask<SectionSaved> Handle(UpdateIdentityCommand command, CancellationToken cancellationToken)
    {
        var file = await access.LoadOwnAsync(command.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);
        var changes = file.UpdateIdentity(
            new PersonalIdentity(command.FirstName, command.LastName, command.BirthDate!.Value, command.Nationality, command.Sex!.Value, command.Ine),
            command.Version,
            campaign,
            clock.GetUtcNow());
        if (changes.Count > 0)
        {
            audit.Record(AuditLog.ApplicationSubject, file.Number, "IdentityEdited", changes);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SectionSaved(file.IdentityVersion, changes);
    }
}

using FluentValidation;
using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.UpdateContact;

public sealed record UpdateContactCommand(
    string Number,
    string Phone,
    string AddressLine,
    string PostalCode,
    string City,
    string Country,
    int Version) : ICommand<SectionSaved>;

internal sealed class UpdateContactHandler(IApplicationDbContext db, ApplicationAccess access, AuditLog audit, TimeProvider clock)
    : ICommandHandler<UpdateContactCommand, SectionSaved>
{
    public async ValueTask<SectionSaved> Handle(UpdateContactCommand command, CancellationToken cancellationToken)
    {
        var file = await access.LoadOwnAsync(command.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);
        var changes = file.UpdateContact(
            new ContactDetails(command.Phone, command.AddressLine, command.PostalCode, command.City, command.Country),
            command.Version,
            campaign,
            clock.GetUtcNow());
        if (changes.Count > 0)
        {
            audit.Record(AuditLog.ApplicationSubject, file.Number, "ContactEdited", changes);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SectionSaved(file.ContactVersion, changes);
    }
}

internal sealed class UpdateContactValidator : AbstractValidator<UpdateContactCommand>
{
    public UpdateContactValidator()
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.Phone).Text("your phone number", 30)
            .Matches(@"^\+?[0-9 .()\-]{6,25}$").WithMessage(_ => Common.Localization.Text.Get("Enter a phone number such as +33 6 12 34 56 78."));
        RuleFor(c => c.AddressLine).Text("your address");
        RuleFor(c => c.PostalCode).Text("your postal code", 20);
        RuleFor(c => c.City).Text("your city", ApplicationRules.NameMaxLength);
        RuleFor(c => c.Country).Country();
    }
}

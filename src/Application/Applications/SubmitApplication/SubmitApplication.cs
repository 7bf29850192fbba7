using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.SubmitApplication;

/// <summary>Submits the application; every missing item is reported at once, by section.</summary>
public sealed record SubmitApplicationCommand(string Number) : ICommand;

internal sealed class SubmitApplicationHandler(IApplicationDbContext db, ApplicationAccess access, AuditLog audit, TimeProvider clock)
    : ICommandHandler<SubmitApplicationCommand>
{
    public async ValueTask<Mediator.Unit> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var file = await access.LoadOwnAsync(command.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);
        try
        {
            file.Submit(campaign, clock.GetUtcNow());
        }
        catch (IncompleteApplicationException incomplete)
        {
            throw new ValidationException(incomplete.Missing.Select(m => new ValidationFailure(m.Section.ToString(), Text.Get(m.Message))));
        }

        audit.Record(AuditLog.ApplicationSubject, file.Number, "Submitted", $"Submitted with {file.Wishes.Count} wish(es) and {file.Documents.Count} document(s)");
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}

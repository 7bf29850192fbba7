using FluentValidation;
using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Application.Applications.GrantExtension;

/// <summary>An officer lets one applicant keep editing (and submit) after the deadline, until a given time.</summary>
public sealed record GrantExtensionCommand(string Number, DateTimeOffset? Until, string Reason) : ICommand;

internal sealed class GrantExtensionHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<GrantExtensionCommand>
{
    public async ValueTask<Mediator.Unit> Handle(GrantExtensionCommand command, CancellationToken cancellationToken)
    {
        if (!access.IsStaff)
        {
            throw new ForbiddenAccessException("Extensions are granted by admissions officers.");
        }

        var file = await access.LoadAsync(command.Number, cancellationToken);
        var details = file.GrantExtension(command.Until!.Value, command.Reason, user.DisplayName, clock.GetUtcNow());
        audit.Record(AuditLog.ApplicationSubject, file.Number, "ExtensionGranted", details);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}

internal sealed class GrantExtensionValidator : AbstractValidator<GrantExtensionCommand>
{
    public GrantExtensionValidator(TimeProvider clock)
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.Until)
            .NotNull().WithMessage(_ => Text.Get("Enter when the extension ends."))
            .Must(until => until > clock.GetUtcNow()).WithMessage(_ => Text.Get("An extension must end in the future."));
        RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => Text.Get("Say why the extension is granted.")).MaximumLength(500);
    }
}

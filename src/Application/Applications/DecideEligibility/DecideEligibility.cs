using FluentValidation;
using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Application.Applications.DecideEligibility;

/// <summary>An officer declares a submitted application eligible, or not eligible with a reason.</summary>
public sealed record DecideEligibilityCommand(string Number, bool Eligible, string? Reason) : ICommand;

internal sealed class DecideEligibilityHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<DecideEligibilityCommand>
{
    public async ValueTask<Mediator.Unit> Handle(DecideEligibilityCommand command, CancellationToken cancellationToken)
    {
        if (!access.IsStaff)
        {
            throw new ForbiddenAccessException("Eligibility is decided by admissions officers.");
        }

        var file = await access.LoadAsync(command.Number, cancellationToken);
        var details = file.DecideEligibility(command.Eligible, command.Reason, user.DisplayName, clock.GetUtcNow());
        audit.Record(AuditLog.ApplicationSubject, file.Number, "EligibilityDecided", details);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}

internal sealed class DecideEligibilityValidator : AbstractValidator<DecideEligibilityCommand>
{
    public DecideEligibilityValidator()
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.Reason)
            .NotEmpty().When(c => !c.Eligible).WithMessage(_ => Text.Get("Say why the applicant is not eligible: the applicant will read it."))
            .MaximumLength(500);
    }
}

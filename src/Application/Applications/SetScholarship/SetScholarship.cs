using FluentValidation;
using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Application.Applications.SetScholarship;

public sealed record SetScholarshipCommand(string Number, bool? ScholarshipHolder, int Version) : ICommand<SectionSaved>;

internal sealed class SetScholarshipHandler(IApplicationDbContext db, ApplicationAccess access, AuditLog audit, TimeProvider clock)
    : ICommandHandler<SetScholarshipCommand, SectionSaved>
{
    public async ValueTask<SectionSaved> Handle(SetScholarshipCommand command, CancellationToken cancellationToken)
    {
        var file = await access.LoadOwnAsync(command.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);
        var changes = file.SetScholarship(command.ScholarshipHolder!.Value, command.Version, campaign, clock.GetUtcNow());
        if (changes.Count > 0)
        {
            audit.Record(AuditLog.ApplicationSubject, file.Number, "ScholarshipEdited", changes);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SectionSaved(file.ScholarshipVersion, changes);
    }
}

internal sealed class SetScholarshipValidator : AbstractValidator<SetScholarshipCommand>
{
    public SetScholarshipValidator()
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.ScholarshipHolder).NotNull().WithMessage(_ => Text.Get("Say whether you hold a scholarship."));
    }
}

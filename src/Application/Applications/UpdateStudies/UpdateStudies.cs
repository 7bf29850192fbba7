using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.UpdateStudies;

/// <summary>Saves the track and previous studies. Wishes not open to a new track are dropped, and the result says so.</summary>
public sealed record UpdateStudiesCommand(
    string Number,
    string TrackCode,
    string Institution,
    string Diploma,
    int? DiplomaYear,
    int Version) : ICommand<SectionSaved>;

internal sealed class UpdateStudiesHandler(IApplicationDbContext db, ApplicationAccess access, AuditLog audit, TimeProvider clock)
    : ICommandHandler<UpdateStudiesCommand, SectionSaved>
{
    public async ValueTask<SectionSaved> Handle(UpdateStudiesCommand command, CancellationToken cancellationToken)
    {
        var file = await access.LoadOwnAsync(command.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);
        var trackId = await db.Tracks.Where(t => t.Code == command.TrackCode).Select(t => t.Id).SingleAsync(cancellationToken);
        var options = await WishOptions.OfTrackAsync(db, campaign.Id, trackId, cancellationToken);
        var changes = file.UpdateStudies(
            new PreviousStudies(trackId, command.Institution, command.Diploma, command.DiplomaYear!.Value),
            options.AsChoices(),
            command.Version,
            campaign,
            clock.GetUtcNow());
        if (changes.Count > 0)
        {
            audit.Record(AuditLog.ApplicationSubject, file.Number, "StudiesEdited", changes);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new SectionSaved(file.StudiesVersion, changes);
    }
}

internal sealed class UpdateStudiesValidator : AbstractValidator<UpdateStudiesCommand>
{
    public UpdateStudiesValidator(IApplicationDbContext db, TimeProvider clock)
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.TrackCode)
            .NotEmpty().WithMessage(_ => Text.Get("Choose your track."))
            .MustAsync(async (code, ct) => await db.Tracks.AnyAsync(t => t.Code == code, ct))
            .WithMessage(c => Text.Format("There is no track '{0}'.", c.TrackCode));
        RuleFor(c => c.Institution).Text("your institution");
        RuleFor(c => c.Diploma).Text("your diploma");
        RuleFor(c => c.DiplomaYear)
            .NotNull().WithMessage(_ => Text.Get("Enter the year of your diploma."))
            .InclusiveBetween(1980, clock.GetUtcNow().Year + 1).WithMessage(_ => Text.Format("The year must be between {0} and {1}.", 1980, clock.GetUtcNow().Year + 1));
    }
}

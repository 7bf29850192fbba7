using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Application.Marks.GetApplicationMarks;
using Recruitment.Application.Rankings;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Marks.SetMark;

/// <summary>An officer enters or corrects one mark of an application, as typed (<c>12,5</c> or <c>12.5</c>); audited.</summary>
public sealed record SetMarkCommand(string Number, string Subject, string Mark) : ICommand<ApplicationMarksDto>;

internal sealed class SetMarkHandler(IApplicationDbContext db, ApplicationAccess access, AuditLog audit, TimeProvider clock)
    : ICommandHandler<SetMarkCommand, ApplicationMarksDto>
{
    public async ValueTask<ApplicationMarksDto> Handle(SetMarkCommand command, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Number == command.Number)
            .Select(a => new { a.Id, a.Status, a.Eligibility, TrackId = a.Studies == null ? (int?)null : a.Studies.TrackId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Application", command.Number);
        if (application.Status != ApplicationStatus.Submitted || application.Eligibility != Eligibility.Eligible || application.TrackId is null)
        {
            throw new DomainException(Text.Format("Application {0} is not eligible: only eligible, submitted applications get marks.", command.Number));
        }

        var subject = command.Subject.Trim().ToUpperInvariant();
        var subjects = await db.Tracks.AsNoTracking().Where(t => t.Id == application.TrackId).SelectMany(t => t.Subjects.Select(s => s.Code)).ToListAsync(cancellationToken);
        if (!subjects.Contains(subject))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(SetMarkCommand.Subject), Text.Format("{0} is not a subject of this application's track.", subject))]);
        }

        var mark = Mark.Parse(command.Mark);
        var now = clock.GetUtcNow();
        var existing = await db.ExamMarks.SingleOrDefaultAsync(m => m.ApplicationFileId == application.Id && m.SubjectCode == subject, cancellationToken);
        if (existing is null)
        {
            db.ExamMarks.Add(ExamMark.Create(application.Id, subject, mark, now));
            audit.Record(MarksAudit.MarksSubject, command.Number, "MarkEntered", $"{subject}: (none) → {mark}");
        }
        else
        {
            var previous = existing.Mark;
            if (existing.Change(mark, now))
            {
                audit.Record(MarksAudit.MarksSubject, command.Number, "MarkCorrected", $"{subject}: {previous} → {mark}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetApplicationMarksHandler.ReadAsync(db, command.Number, cancellationToken);
    }
}

internal sealed class SetMarkValidator : AbstractValidator<SetMarkCommand>
{
    public SetMarkValidator()
    {
        RuleFor(c => c.Number).NotEmpty().MaximumLength(20);
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(Domain.Consortium.ReferenceCode.MaxLength);
        RuleFor(c => c.Mark).Must(text => Mark.TryParse(text, out _, out _))
            .WithMessage(_ => Text.Get("Enter a mark from 0 to 20 with at most two decimals, such as 12.5 or 12,5."));
    }
}

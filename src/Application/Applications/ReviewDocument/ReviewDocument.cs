using FluentValidation;
using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Application.Applications.ReviewDocument;

/// <summary>An officer accepts a document, or rejects it with a reason the applicant will read.</summary>
public sealed record ReviewDocumentCommand(string Number, Guid DocumentId, bool Accept, string? Reason) : ICommand;

internal sealed class ReviewDocumentHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<ReviewDocumentCommand>
{
    public async ValueTask<Mediator.Unit> Handle(ReviewDocumentCommand command, CancellationToken cancellationToken)
    {
        if (!access.IsStaff)
        {
            throw new ForbiddenAccessException("Documents are reviewed by admissions officers.");
        }

        var file = await access.LoadAsync(command.Number, cancellationToken);
        if (file.Documents.All(d => d.PublicId != command.DocumentId))
        {
            throw NotFoundException.For("Document", command.DocumentId);
        }

        var details = file.ReviewDocument(command.DocumentId, command.Accept, command.Reason, user.DisplayName, clock.GetUtcNow());
        audit.Record(AuditLog.ApplicationSubject, file.Number, command.Accept ? "DocumentAccepted" : "DocumentRejected", details);
        await db.SaveChangesAsync(cancellationToken);
        return Mediator.Unit.Value;
    }
}

internal sealed class ReviewDocumentValidator : AbstractValidator<ReviewDocumentCommand>
{
    public ReviewDocumentValidator()
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.Reason)
            .NotEmpty().When(c => !c.Accept).WithMessage(_ => Text.Get("Say why the document is rejected: the applicant will read it."))
            .MaximumLength(500);
    }
}

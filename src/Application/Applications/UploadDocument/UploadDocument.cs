using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Applications;

namespace Recruitment.Application.Applications.UploadDocument;

/// <summary>
/// Adds a document (PDF, JPEG or PNG, at most 5 MB, recognised from its content). <see cref="Replaces"/> names a
/// document to replace; a new identity document always replaces the previous one.
/// </summary>
public sealed record UploadDocumentCommand(
    string Number,
    DocumentKind Kind,
    string FileName,
    long Length,
    Stream Content,
    Guid? Replaces) : ICommand<Guid>;

internal sealed class UploadDocumentHandler(
    IApplicationDbContext db,
    ApplicationAccess access,
    IDocumentStore store,
    AuditLog audit,
    TimeProvider clock) : ICommandHandler<UploadDocumentCommand, Guid>
{
    public async ValueTask<Guid> Handle(UploadDocumentCommand command, CancellationToken cancellationToken)
    {
        var file = await access.LoadOwnAsync(command.Number, cancellationToken);
        var campaign = await access.CampaignOfAsync(file, cancellationToken);

        // The type is read from the first bytes: a renamed executable is not a PDF.
        var header = new byte[DocumentContent.HeaderLength];
        var read = await command.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        var contentType = DocumentContent.Detect(header.AsSpan(0, read))
            ?? throw new ValidationException([new ValidationFailure("File", Text.Get("The file is not a PDF, JPEG or PNG document (its content was checked, not only its name)."))]);

        var key = await store.SaveAsync(file.Number, new PrefixedStream(header.AsMemory(0, read), command.Content), cancellationToken);
        ApplicationDocument? replaced;
        try
        {
            replaced = file.AddDocument(command.Kind, Path.GetFileName(command.FileName), contentType, command.Length, key, command.Replaces, campaign, clock.GetUtcNow());
            var added = file.Documents[^1];
            audit.Record(
                AuditLog.ApplicationSubject,
                file.Number,
                "DocumentUploaded",
                $"{command.Kind} '{added.FileName}' ({contentType}, {command.Length} bytes){(replaced is null ? string.Empty : $" replacing '{replaced.FileName}'")}");
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing half-written: the bytes go if the record does not.
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        if (replaced is not null)
        {
            await store.DeleteAsync(replaced.StorageKey, cancellationToken);
        }

        return file.Documents[^1].PublicId;
    }
}

internal sealed class UploadDocumentValidator : AbstractValidator<UploadDocumentCommand>
{
    public UploadDocumentValidator()
    {
        RuleFor(c => c.Number).ApplicationNumber();
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => Text.Get("Choose the kind of document."));
        RuleFor(c => c.Length)
            .GreaterThan(0).WithMessage(_ => Text.Get("Choose a file to upload."))
            .LessThanOrEqualTo(DocumentContent.MaxBytes)
            .WithMessage(c => Text.Format("The file is {0:0.0} MB; a document can be at most 5 MB.", c.Length / 1024d / 1024d))
            .OverridePropertyName("File");
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(255).OverridePropertyName("File");
    }
}

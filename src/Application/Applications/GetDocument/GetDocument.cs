using Mediator;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Applications.GetDocument;

/// <summary>A document's bytes, for its applicant or an officer; someone else's document does not exist (404).</summary>
public sealed record GetDocumentQuery(string Number, Guid DocumentId) : IQuery<DocumentContentDto>;

public sealed record DocumentContentDto(string FileName, string ContentType, Stream Content);

internal sealed class GetDocumentHandler(ApplicationAccess access, IDocumentStore store) : IQueryHandler<GetDocumentQuery, DocumentContentDto>
{
    public async ValueTask<DocumentContentDto> Handle(GetDocumentQuery query, CancellationToken cancellationToken)
    {
        var file = await access.LoadAsync(query.Number, cancellationToken);
        var document = file.Documents.FirstOrDefault(d => d.PublicId == query.DocumentId)
            ?? throw NotFoundException.For("Document", query.DocumentId);
        return new DocumentContentDto(document.FileName, document.ContentType, await store.OpenReadAsync(document.StorageKey, cancellationToken));
    }
}

namespace Recruitment.Domain.Applications;

/// <summary>
/// A document an applicant uploaded. The bytes are kept by the document store under <see cref="StorageKey"/>;
/// the review is an officer's.
/// </summary>
public sealed class ApplicationDocument
{
    private ApplicationDocument()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        StorageKey = string.Empty;
    }

    public int Id { get; private set; }

    public int ApplicationFileId { get; private set; }

    /// <summary>Public identifier, used in addresses instead of the row number.</summary>
    public Guid PublicId { get; private set; }

    public DocumentKind Kind { get; private set; }

    /// <summary>The name the file had on the applicant's device, for display only.</summary>
    public string FileName { get; private set; }

    /// <summary>Detected from the content, never taken from the upload.</summary>
    public string ContentType { get; private set; }

    public long Length { get; private set; }

    public string StorageKey { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public DocumentReview Review { get; private set; }

    public string? ReviewReason { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    internal static ApplicationDocument Create(DocumentKind kind, string fileName, string contentType, long length, string storageKey, DateTimeOffset now) => new()
    {
        PublicId = Guid.NewGuid(),
        Kind = kind,
        FileName = fileName,
        ContentType = contentType,
        Length = length,
        StorageKey = storageKey,
        UploadedAt = now,
        Review = DocumentReview.Pending,
    };

    internal void Decide(DocumentReview review, string? reason, string reviewer, DateTimeOffset now)
    {
        Review = review;
        ReviewReason = reason;
        ReviewedBy = reviewer;
        ReviewedAt = now;
    }
}

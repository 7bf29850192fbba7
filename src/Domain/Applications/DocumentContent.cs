namespace Recruitment.Domain.Applications;

/// <summary>
/// The accepted document formats, recognised from their first bytes rather than their name, so that a renamed
/// executable is not taken for a PDF.
/// </summary>
public static class DocumentContent
{
    public const long MaxBytes = 5L * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 8;

    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF)
        {
            return "image/jpeg";
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "application/pdf" => ".pdf",
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not an accepted document format."),
    };
}

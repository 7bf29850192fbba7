using System.Globalization;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Infrastructure.Email;

/// <summary>
/// Writes each message as an <c>.eml</c> file (any mail reader opens it) into <c>{data folder}/mail/</c>, for
/// machines without an SMTP server. File names start with the UTC time, so that listing them sorts them.
/// </summary>
public sealed class FileEmailSender(string folder, string from, TimeProvider clock) : IEmailSender
{
    public const string FolderName = "mail";

    public string Folder { get; } = folder;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow();
        var mime = MimeMessages.Create(message, from, now);
        Directory.CreateDirectory(Folder);
        var name = $"{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fffffff'Z'", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(Folder, name);

        // Written beside its final place then moved there, so that a reader never sees half a message.
        var temporary = Path.Combine(Folder, $".{name}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await mime.WriteToAsync(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temporary, path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

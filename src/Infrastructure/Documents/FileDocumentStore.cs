using Recruitment.Application.Common.Interfaces;
using Recruitment.Infrastructure.Configuration;

namespace Recruitment.Infrastructure.Documents;

/// <summary>
/// Documents as files under {DataFolder}/documents, outside the web root: never served directly, only through the
/// use cases that check who may read them.
/// </summary>
internal sealed class FileDocumentStore(RecruitmentSettings settings) : IDocumentStore
{
    private string Root => Path.Combine(settings.DataFolder, "documents");

    public async Task<string> SaveAsync(string folder, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var key = $"{SafeFolder(folder)}/{Guid.NewGuid():N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part";
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(target, cancellationToken);
            }

            File.Move(temporary, path);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        return key;
    }

    public Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<Stream>(new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <remarks>
    /// Ages are measured on the file system's clock, which stamped the files, and not on the application's
    /// <see cref="TimeProvider"/>, which may be set to another date.
    /// </remarks>
    public Task<int> DeleteOlderThanAsync(string folder, TimeSpan age, CancellationToken cancellationToken)
    {
        var before = TimeProvider.System.GetUtcNow().UtcDateTime - age;
        var directory = PathOf(SafeFolder(folder));
        if (!Directory.Exists(directory))
        {
            return Task.FromResult(0);
        }

        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.GetLastWriteTimeUtc(file) < before)
            {
                File.Delete(file);
                deleted++;
            }
        }

        return Task.FromResult(deleted);
    }

    private static string SafeFolder(string folder) => string.Concat(folder.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-'));

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        if (!path.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The document key leaves the documents folder.", nameof(key));
        }

        return path;
    }
}

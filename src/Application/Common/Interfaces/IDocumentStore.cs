namespace Recruitment.Application.Common.Interfaces;

/// <summary>Keeps uploaded documents' bytes outside the web root; the database keeps only their keys.</summary>
public interface IDocumentStore
{
    /// <summary>Stores the content under a new key within <paramref name="folder"/>, completely or not at all.</summary>
    Task<string> SaveAsync(string folder, Stream content, CancellationToken cancellationToken);

    Task<Stream> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the content; a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes what was stored in <paramref name="folder"/> longer than <paramref name="age"/> ago; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(string folder, TimeSpan age, CancellationToken cancellationToken);
}

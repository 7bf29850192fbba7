using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rankings;

/// <summary>
/// An eligible, submitted application of the track and the marks it obtained, by subject code. A subject of the rules
/// without a mark is a missing mark; marks of other subjects are ignored.
/// </summary>
public sealed class RankingCandidate
{
    public const int MaxApplicationNumberLength = 50;

    public RankingCandidate(string applicationNumber, IEnumerable<KeyValuePair<string, Mark>> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ApplicationNumber = CheckApplicationNumber(applicationNumber);
        var copy = new Dictionary<string, Mark>(StringComparer.Ordinal);
        foreach (var (subject, mark) in marks)
        {
            ArgumentNullException.ThrowIfNull(subject, nameof(marks));
            ArgumentNullException.ThrowIfNull(mark, nameof(marks));
            if (!copy.TryAdd(subject, mark))
            {
                throw new DomainException($"Application {ApplicationNumber} has two marks in {subject}.");
            }
        }

        Marks = copy;
    }

    /// <summary>
    /// The application number: 1 to 50 visible ASCII characters other than <c>;</c> (so it can stand as it is in a
    /// line of the canonical ranking and its bytes are the same in every encoding).
    /// </summary>
    public string ApplicationNumber { get; }

    public IReadOnlyDictionary<string, Mark> Marks { get; }

    private static string CheckApplicationNumber(string? applicationNumber)
    {
        if (string.IsNullOrEmpty(applicationNumber)
            || applicationNumber.Length > MaxApplicationNumberLength
            || applicationNumber.AsSpan().ContainsAnyExceptInRange('!', '~')
            || applicationNumber.Contains(';', StringComparison.Ordinal))
        {
            throw new DomainException(
                $"Application number '{applicationNumber}' cannot be ranked: use 1 to {MaxApplicationNumberLength} visible ASCII characters other than ';'.");
        }

        return applicationNumber;
    }
}

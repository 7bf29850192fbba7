namespace Recruitment.Domain.Allocation;

/// <summary>A candidate and the seat pools they wish, best first.</summary>
public sealed record AllocationCandidate
{
    public AllocationCandidate(string id, IEnumerable<string> wishes)
    {
        ArgumentNullException.ThrowIfNull(wishes);
        Id = id;
        Wishes = wishes.ToArray();
    }

    public string Id { get; }

    public IReadOnlyList<string> Wishes { get; }
}

namespace Recruitment.Domain.Allocation;

public enum RefusalReason
{
    /// <summary>The pool's ranking does not rank the candidate.</summary>
    NotEligible,

    /// <summary>Every seat went to better-ranked candidates.</summary>
    Full,
}

/// <summary>
/// Why a candidate did not obtain a wish ranked above the pool they obtained. When the pool was full,
/// <see cref="LastAdmittedRank"/> is the rank of its worst-ranked admitted candidate and <see cref="Rank"/> the
/// candidate's own, always greater; a pool without seats is full with no last admitted rank.
/// </summary>
public sealed record WishRefusal(string Pool, RefusalReason Reason, int? LastAdmittedRank, int? Rank)
{
    public static WishRefusal NotEligible(string pool) => new(pool, RefusalReason.NotEligible, null, null);

    public static WishRefusal Full(string pool, int? lastAdmittedRank, int rank) =>
        new(pool, RefusalReason.Full, lastAdmittedRank, rank);
}

namespace Recruitment.Domain.Allocation;

public enum ViolationKind
{
    /// <summary>A pool admitted more candidates than it has seats.</summary>
    OverCapacity,

    /// <summary>A candidate holds a seat in a pool whose ranking does not rank them.</summary>
    NotEligible,

    /// <summary>A candidate holds a seat in a pool they did not wish.</summary>
    NotWished,

    /// <summary>A candidate appears more than once in the assignments.</summary>
    SeveralSeats,

    /// <summary>A candidate was refused a pool they prefer that admitted someone ranked below them.</summary>
    BlockingPair,

    /// <summary>A pool has a free seat that an eligible candidate wanted more than what they obtained.</summary>
    WastedSeat,

    /// <summary>An assignment names a candidate or a pool that is not in the instance, or leaves a candidate out.</summary>
    UnknownOrMissing,

    /// <summary>A pool's reported figures (capacity, admitted, last admitted rank, waiting list) are not the real ones.</summary>
    WrongPoolFigures,
}

/// <summary>One way in which an allocation breaks the rules, told in a sentence naming the candidate or pool.</summary>
public sealed record Violation(ViolationKind Kind, string Message)
{
    public override string ToString() => Message;
}

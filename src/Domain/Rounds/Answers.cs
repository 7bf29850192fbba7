namespace Recruitment.Domain.Rounds;

/// <summary>A candidate's answer to an offer (see docs/domain.md).</summary>
public enum OfferAnswer
{
    /// <summary>Not answered yet.</summary>
    Pending = 1,

    /// <summary>Oui définitif: accept for good; every other wish is dropped.</summary>
    AcceptFinal = 2,

    /// <summary>Oui mais: accept, and keep waiting for better-ranked wishes; worse ones are dropped.</summary>
    AcceptWaiting = 3,

    /// <summary>Non mais: decline this offer and keep waiting for better-ranked wishes; this wish and worse ones are dropped.</summary>
    DeclineWaiting = 4,

    /// <summary>Démission: leave the competition, irreversibly.</summary>
    Resign = 5,

    /// <summary>No answer by the round's deadline; applied as the campaign says (resignation by default).</summary>
    NoAnswer = 6,
}

/// <summary>Where a candidate stands in the allocation.</summary>
public enum CandidacyStatus
{
    /// <summary>Takes part in the next rounds with the wishes left.</summary>
    Active = 1,

    /// <summary>Accepted a seat for good (oui définitif): keeps it, leaves later rounds' waiting lists.</summary>
    Settled = 2,

    /// <summary>Left the competition (démission or no answer): irreversible.</summary>
    Resigned = 3,
}

public enum RoundStatus
{
    /// <summary>Offers are out; candidates answer until the deadline.</summary>
    Open = 1,

    /// <summary>Answers are in (missing ones applied); the next round may open.</summary>
    Closed = 2,
}

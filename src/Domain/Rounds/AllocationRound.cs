using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rounds;

/// <summary>
/// One round of offers: the allocation computed on the wishes in play, stored with its input and output exactly as
/// the command-line tool reads and writes them (docs/allocation-format.md), and their SHA-256, so that anyone can
/// recompute the round and compare.
/// </summary>
public sealed class AllocationRound
{
    private readonly List<RoundOffer> _offers = [];
    private readonly List<RoundPoolFigures> _pools = [];

    private AllocationRound()
    {
        EngineVersion = string.Empty;
        InputSha256 = string.Empty;
        OutputSha256 = string.Empty;
        Input = [];
        Output = [];
        OpenedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int CampaignId { get; private set; }

    public int Number { get; private set; }

    public RoundStatus Status { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public string OpenedBy { get; private set; }

    public DateTimeOffset AnswersDueAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>The allocation engine that computed the round, e.g. <c>deferred-acceptance/1</c>.</summary>
    public string EngineVersion { get; private set; }

    /// <summary>The instance (rankings, pools, wishes in play), canonical JSON.</summary>
    public byte[] Input { get; private set; }

    public string InputSha256 { get; private set; }

    /// <summary>The result with explanations, canonical JSON.</summary>
    public byte[] Output { get; private set; }

    public string OutputSha256 { get; private set; }

    public IReadOnlyList<RoundOffer> Offers => _offers;

    public IReadOnlyList<RoundPoolFigures> Pools => _pools;

    public static AllocationRound Open(
        int campaignId,
        int number,
        DateTimeOffset now,
        string openedBy,
        DateTimeOffset answersDueAt,
        string engineVersion,
        byte[] input,
        string inputSha256,
        byte[] output,
        string outputSha256,
        IEnumerable<RoundOffer> offers,
        IEnumerable<RoundPoolFigures> pools)
    {
        if (answersDueAt <= now)
        {
            throw new DomainException("The answer deadline must be in the future.");
        }

        var round = new AllocationRound
        {
            CampaignId = campaignId,
            Number = number,
            Status = RoundStatus.Open,
            OpenedAt = now,
            OpenedBy = openedBy,
            AnswersDueAt = answersDueAt,
            EngineVersion = engineVersion,
            Input = input,
            InputSha256 = inputSha256,
            Output = output,
            OutputSha256 = outputSha256,
        };
        round._offers.AddRange(offers);
        round._pools.AddRange(pools);
        return round;
    }

    public bool AcceptsAnswers(DateTimeOffset now) => Status == RoundStatus.Open && now < AnswersDueAt;

    public void Close(DateTimeOffset now, string closedBy)
    {
        if (Status == RoundStatus.Closed)
        {
            throw new DomainException($"Round {Number} is already closed.");
        }

        if (now < AnswersDueAt)
        {
            throw new DomainException($"Round {Number} takes answers until its deadline; it can be closed after it.");
        }

        Status = RoundStatus.Closed;
        ClosedAt = now;
        ClosedBy = closedBy;
    }
}

/// <summary>What one candidate was offered in a round (nothing, when <see cref="Pool"/> is null) and how they answered.</summary>
public sealed class RoundOffer
{
    private RoundOffer()
    {
        ApplicationNumber = string.Empty;
        Explanation = string.Empty;
    }

    public long Id { get; private set; }

    public int AllocationRoundId { get; private set; }

    public string ApplicationNumber { get; private set; }

    /// <summary>The pool offered or held in this round; null when the candidate obtained nothing (yet).</summary>
    public string? Pool { get; private set; }

    /// <summary>Whether the candidate already held this pool before the round (no new answer needed when settled).</summary>
    public bool AlreadyHeld { get; private set; }

    public OfferAnswer Answer { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>
    /// Why each wish ranked above the one obtained was not obtained, one per line:
    /// <c>POOL not-eligible</c> or <c>POOL full LAST-ADMITTED-RANK RANK</c>.
    /// </summary>
    public string Explanation { get; private set; }

    /// <param name="answer">Pending for a new offer; the standing answer when the candidate already holds the pool.</param>
    public static RoundOffer Create(string applicationNumber, string? pool, bool alreadyHeld, OfferAnswer answer, string explanation) => new()
    {
        ApplicationNumber = applicationNumber,
        Pool = pool,
        AlreadyHeld = alreadyHeld,
        Answer = answer,
        Explanation = explanation,
    };

    public bool AwaitsAnswer => Pool is not null && Answer == OfferAnswer.Pending;

    public void Record(OfferAnswer answer, DateTimeOffset now)
    {
        if (!AwaitsAnswer)
        {
            throw new DomainException("This offer has already been answered.");
        }

        Answer = answer;
        AnsweredAt = now;
    }
}

/// <summary>A pool's figures after a round's offers.</summary>
/// <remarks>
/// <see cref="Held"/>: seats kept by candidates who already held them; <see cref="Offers"/>: seats offered anew in this
/// round; <see cref="Free"/>: seats nobody wanted; <see cref="LastAdmittedRank"/>: the rank of the worst-ranked
/// candidate admitted (held or offered).
/// </remarks>
public sealed record RoundPoolFigures(string Pool, int Capacity, int Held, int Offers, int Free, int WaitingList, int? LastAdmittedRank);

namespace Recruitment.Domain.Rankings;

public enum SeparationRule
{
    /// <summary>The candidate's score is lower than the previous candidate's.</summary>
    Score,

    /// <summary>Same score; a subject of the tie-break chain gave the previous candidate a higher mark.</summary>
    TieBreak,

    /// <summary>Same score and same mark in every tie-break subject; the seeded lottery decided.</summary>
    Lottery,
}

/// <summary>
/// The rule that placed a ranked candidate after the previous one. Its text form is the one published in the
/// canonical ranking: <c>score</c>, <c>tie-break:MATH</c> or <c>lottery</c>.
/// </summary>
public sealed record Separation
{
    private readonly string _text;

    private Separation(SeparationRule rule, string? subject)
    {
        Rule = rule;
        Subject = subject;
        _text = rule switch
        {
            SeparationRule.Score => "score",
            SeparationRule.TieBreak => $"tie-break:{subject}",
            _ => "lottery",
        };
    }

    public static Separation ByScore { get; } = new(SeparationRule.Score, null);

    public static Separation ByLottery { get; } = new(SeparationRule.Lottery, null);

    public SeparationRule Rule { get; }

    /// <summary>The tie-break subject that decided, for <see cref="SeparationRule.TieBreak"/> only.</summary>
    public string? Subject { get; }

    public static Separation ByTieBreak(string subject)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        return new(SeparationRule.TieBreak, subject);
    }

    public override string ToString() => _text;
}

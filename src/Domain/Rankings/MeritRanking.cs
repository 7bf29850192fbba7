using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rankings;

/// <summary>
/// Computes a track's merit ranking: a strict order of its admissible candidates by score, then by the tie-break
/// chain, then by the seeded lottery.
/// </summary>
/// <remarks>
/// <para>
/// The score is Σ(coefficient × mark) / Σ coefficients, computed exactly in whole numbers (marks and coefficients are
/// whole hundredths) and rounded once to four decimals, half away from zero (…5 goes up). The rounded score is the one
/// published and the one compared: two candidates whose exact scores round to the same value are tied on the score.
/// </para>
/// <para>
/// Candidates without a mark in every subject of the rules are listed apart and never ranked; candidates scored under
/// the bar are not admissible; a score equal to the bar is admissible. Candidates tied on the score and on every
/// tie-break subject are ordered by <see cref="RankingLottery"/>, so only their relative order depends on the seed.
/// The result does not depend on the order of the candidates given.
/// </para>
/// </remarks>
public static class MeritRanking
{
    public static MeritRankingResult Compute(RankingRules rules, IEnumerable<RankingCandidate> candidates, string seed)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(candidates);
        var problems = rules.Problems();
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems.Select(p => p.Message)));
        }

        RankingLottery.CheckSeed(seed);
        var all = candidates.ToArray();
        var seen = new HashSet<string>(all.Length, StringComparer.Ordinal);
        foreach (var candidate in all)
        {
            ArgumentNullException.ThrowIfNull(candidate, nameof(candidates));
            if (!seen.Add(candidate.ApplicationNumber))
            {
                throw new DomainException($"Application {candidate.ApplicationNumber} is given twice.");
            }
        }

        var subjects = rules.Subjects.Select(s => s.Subject).ToArray();
        var coefficients = rules.Subjects.Select(s => (long)RankingRules.Hundredths(s.Coefficient)).ToArray();
        var coefficientSum = coefficients.Sum();
        var chain = rules.TieBreakChain.Select(s => Array.IndexOf(subjects, s)).ToArray();
        var bar = RankingRules.Hundredths(rules.AdmissibilityBar) * 100L;

        var admissible = new List<Scored>(all.Length);
        var notAdmissible = new List<NotAdmissibleCandidate>();
        var missingMarks = new List<CandidateWithMissingMarks>();
        var marks = new int[subjects.Length];
        foreach (var candidate in all)
        {
            List<string>? missing = null;
            long weighted = 0;
            for (var s = 0; s < subjects.Length; s++)
            {
                if (candidate.Marks.TryGetValue(subjects[s], out var mark))
                {
                    marks[s] = mark.Hundredths;
                    weighted += coefficients[s] * mark.Hundredths;
                }
                else
                {
                    (missing ??= []).Add(subjects[s]);
                }
            }

            if (missing is not null)
            {
                missingMarks.Add(new(candidate.ApplicationNumber, missing));
                continue;
            }

            // Score in ten-thousandths of a point, rounded half up: weighted / Σ is in hundredths, hence the × 100.
            var score = ((weighted * 200) + coefficientSum) / (2 * coefficientSum);
            if (score < bar)
            {
                notAdmissible.Add(new(candidate.ApplicationNumber, ToDecimal(score), candidate.Marks));
                continue;
            }

            var tieBreaks = new int[chain.Length];
            for (var c = 0; c < chain.Length; c++)
            {
                tieBreaks[c] = marks[chain[c]];
            }

            admissible.Add(new Scored(candidate, score, tieBreaks));
        }

        notAdmissible.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.ApplicationNumber, b.ApplicationNumber));
        missingMarks.Sort((a, b) => string.CompareOrdinal(a.ApplicationNumber, b.ApplicationNumber));
        var order = Order(admissible, seed);
        return new MeritRankingResult(rules, seed, Rank(order, rules.TieBreakChain), notAdmissible, missingMarks);
    }

    private static Scored[] Order(List<Scored> admissible, string seed)
    {
        var order = admissible.ToArray();

        // The application number only makes the sort total before the lottery is drawn; it never decides a rank.
        Array.Sort(order, static (a, b) =>
        {
            var merit = CompareMerit(a, b);
            return merit != 0 ? merit : string.CompareOrdinal(a.Candidate.ApplicationNumber, b.Candidate.ApplicationNumber);
        });

        // Lottery keys are drawn only for candidates tied on everything else, who are neighbours once sorted.
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && CompareMerit(order[start], order[end]) == 0)
            {
                end++;
            }

            if (end - start > 1)
            {
                var tied = order.AsSpan(start, end - start);
                foreach (var scored in tied)
                {
                    scored.LotteryKey = RankingLottery.Key(seed, scored.Candidate.ApplicationNumber);
                }

                tied.Sort(static (a, b) =>
                {
                    var draw = a.LotteryKey.AsSpan().SequenceCompareTo(b.LotteryKey);
                    return draw != 0 ? draw : string.CompareOrdinal(a.Candidate.ApplicationNumber, b.Candidate.ApplicationNumber);
                });
            }

            start = end;
        }

        return order;
    }

    private static RankedCandidate[] Rank(Scored[] order, IReadOnlyList<string> chain)
    {
        var byTieBreak = chain.Select(Separation.ByTieBreak).ToArray();
        var ranked = new RankedCandidate[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var current = order[i];
            Separation? separation = null;
            if (i > 0)
            {
                var previous = order[i - 1];
                var c = 0;
                while (c < chain.Count && previous.TieBreaks[c] == current.TieBreaks[c])
                {
                    c++;
                }

                separation = previous.Score != current.Score ? Separation.ByScore
                    : c < chain.Count ? byTieBreak[c]
                    : Separation.ByLottery;
            }

            ranked[i] = new RankedCandidate(i + 1, current.Candidate.ApplicationNumber, ToDecimal(current.Score), separation, current.Candidate.Marks);
        }

        return ranked;
    }

    /// <summary>Negative when <paramref name="a"/> comes first on the score and then the tie-break marks, higher first.</summary>
    private static int CompareMerit(Scored a, Scored b)
    {
        if (a.Score != b.Score)
        {
            return b.Score.CompareTo(a.Score);
        }

        for (var c = 0; c < a.TieBreaks.Length; c++)
        {
            if (a.TieBreaks[c] != b.TieBreaks[c])
            {
                return b.TieBreaks[c].CompareTo(a.TieBreaks[c]);
            }
        }

        return 0;
    }

    internal static decimal ToDecimal(long tenThousandths) => new((int)tenThousandths, 0, 0, false, 4);

    private sealed class Scored(RankingCandidate candidate, long score, int[] tieBreaks)
    {
        public RankingCandidate Candidate { get; } = candidate;

        /// <summary>In ten-thousandths of a point.</summary>
        public long Score { get; } = score;

        /// <summary>The marks of the tie-break chain's subjects, in hundredths, in the chain's order.</summary>
        public int[] TieBreaks { get; } = tieBreaks;

        public byte[] LotteryKey { get; set; } = [];
    }
}

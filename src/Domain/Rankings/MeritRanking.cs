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

        var admissible = new Admissible(chain.Length, all.Length);
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

            admissible.Add(candidate, score, marks, chain);
        }

        notAdmissible.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.ApplicationNumber, b.ApplicationNumber));
        missingMarks.Sort((a, b) => string.CompareOrdinal(a.ApplicationNumber, b.ApplicationNumber));
        var ranked = admissible.Rank(seed, rules.TieBreakChain);
        return new MeritRankingResult(rules, seed, ranked, notAdmissible, missingMarks);
    }

    internal static decimal ToDecimal(long tenThousandths) => new((int)tenThousandths, 0, 0, false, 4);

    /// <summary>The admissible candidates as parallel lists: scores in ten-thousandths, chain marks in hundredths.</summary>
    private sealed class Admissible(int chainLength, int capacity)
    {
        // The sort key packs the score and the first chain marks, each complemented so that the smaller key ranks first:
        // 18 bits hold a score up to 200,000 ten-thousandths and 11 bits a mark up to 2,000 hundredths; 18 + 4 × 11 ≤ 63.
        private const int MaxScore = 200_000;
        private const int MarkBits = 11;
        private const int PackedMarks = 4;

        private readonly List<RankingCandidate> _candidates = new(capacity);
        private readonly List<long> _scores = new(capacity);
        private readonly List<int> _chainMarks = new(capacity * chainLength);

        public void Add(RankingCandidate candidate, long score, int[] marks, int[] chain)
        {
            _candidates.Add(candidate);
            _scores.Add(score);
            foreach (var subject in chain)
            {
                _chainMarks.Add(marks[subject]);
            }
        }

        public RankedCandidate[] Rank(string seed, IReadOnlyList<string> chain)
        {
            var order = Order(seed);
            var byTieBreak = chain.Select(Separation.ByTieBreak).ToArray();
            var ranked = new RankedCandidate[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                var current = order[i];
                Separation? separation = null;
                if (i > 0)
                {
                    var previous = order[i - 1];
                    var c = FirstDifferentMark(previous, current, 0);
                    separation = _scores[previous] != _scores[current] ? Separation.ByScore
                        : c < chainLength ? byTieBreak[c]
                        : Separation.ByLottery;
                }

                var candidate = _candidates[current];
                ranked[i] = new RankedCandidate(i + 1, candidate.ApplicationNumber, ToDecimal(_scores[current]), separation, candidate.Marks);
            }

            return ranked;
        }

        /// <summary>Positions in the lists, best first.</summary>
        private int[] Order(string seed)
        {
            var count = _candidates.Count;
            var packed = Math.Min(chainLength, PackedMarks);
            var keys = new long[count];
            var order = new int[count];
            for (var i = 0; i < count; i++)
            {
                var key = MaxScore - _scores[i];
                for (var c = 0; c < packed; c++)
                {
                    key = (key << MarkBits) | (long)(Mark.MaxHundredths - ChainMark(i, c));
                }

                keys[i] = key;
                order[i] = i;
            }

            Array.Sort(keys, order);

            // Candidates with equal keys are neighbours: order them by the chain marks left out of the key, then by the
            // lottery, drawn only for them. The application number never decides; it only keeps the sort total.
            var lotteryKeys = new byte[count][];
            for (var start = 0; start < count;)
            {
                var end = start + 1;
                while (end < count && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    var run = order.AsSpan(start, end - start);
                    foreach (var i in run)
                    {
                        lotteryKeys[i] = RankingLottery.Key(seed, _candidates[i].ApplicationNumber);
                    }

                    run.Sort((a, b) =>
                    {
                        var c = FirstDifferentMark(a, b, packed);
                        if (c < chainLength)
                        {
                            return ChainMark(b, c).CompareTo(ChainMark(a, c));
                        }

                        var draw = lotteryKeys[a].AsSpan().SequenceCompareTo(lotteryKeys[b]);
                        return draw != 0 ? draw : string.CompareOrdinal(_candidates[a].ApplicationNumber, _candidates[b].ApplicationNumber);
                    });
                }

                start = end;
            }

            return order;
        }

        private int ChainMark(int candidate, int link) => _chainMarks[(candidate * chainLength) + link];

        /// <summary>The first link of the chain, from <paramref name="from"/>, where the two candidates' marks differ; the chain's length when none does.</summary>
        private int FirstDifferentMark(int a, int b, int from)
        {
            var c = from;
            while (c < chainLength && ChainMark(a, c) == ChainMark(b, c))
            {
                c++;
            }

            return c;
        }
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Recruitment.Domain.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

/// <summary>
/// Properties of the merit ranking checked on seeded random instances. A failure names its seed: replay it with
/// <c>RandomRankings.Create(seed)</c>.
/// </summary>
public sealed class RankingPropertyTests
{
    private const int Seeds = 1_000;

    [Fact]
    public void Ranks_are_1_to_n_with_each_candidate_once_in_a_strict_order_of_score_chain_and_lottery()
    {
        Seeded.ForEach(Seeds, seed =>
        {
            var instance = RandomRankings.Create(seed);
            var ranked = instance.Compute().Ranked;

            Assert.True(ranked.Select(r => r.Rank).SequenceEqual(Enumerable.Range(1, ranked.Count)), $"Seed {seed}: ranks are not 1 to n.");
            Assert.True(ranked.Select(r => r.ApplicationNumber).Distinct().Count() == ranked.Count, $"Seed {seed}: a candidate is ranked twice.");
            for (var i = 1; i < ranked.Count; i++)
            {
                var order = CompareByRules(instance, ranked[i - 1], ranked[i]);
                Assert.True(order < 0, $"Seed {seed}: {ranked[i - 1].ApplicationNumber} (rank {i}) does not strictly come before {ranked[i].ApplicationNumber}.");
            }
        });
    }

    [Fact]
    public void The_ranking_equals_an_independent_oracle_in_order_scores_reasons_and_lists_apart()
    {
        var reasons = new Dictionary<SeparationRule, int>();
        Seeded.ForEach(Seeds, seed =>
        {
            var instance = RandomRankings.Create(seed);
            var result = instance.Compute();
            var oracle = Oracle(instance);
            foreach (var separation in result.Ranked.Skip(1).Select(r => r.SeparatedBy!))
            {
                reasons[separation.Rule] = reasons.GetValueOrDefault(separation.Rule) + 1;
            }

            Assert.True(
                oracle.Ranked.SequenceEqual(result.Ranked.Select(r => (r.ApplicationNumber, r.Score, r.SeparatedBy?.ToString()))),
                $"Seed {seed}: the ranking differs from the oracle.");
            Assert.True(
                oracle.NotAdmissible.SequenceEqual(result.NotAdmissible.Select(r => (r.ApplicationNumber, r.Score))),
                $"Seed {seed}: the candidates under the bar differ from the oracle.");
            Assert.True(
                oracle.Missing.SequenceEqual(result.MissingMarks.Select(r => (r.ApplicationNumber, string.Join(',', r.MissingSubjects)))),
                $"Seed {seed}: the candidates with missing marks differ from the oracle.");
        });

        Assert.True(
            Enum.GetValues<SeparationRule>().All(rule => reasons.GetValueOrDefault(rule) >= 100),
            $"The instances do not exercise every rule often enough: {string.Join(", ", reasons)}.");
    }

    [Fact]
    public void Every_candidate_given_is_in_exactly_one_of_the_three_lists()
    {
        Seeded.ForEach(Seeds, seed =>
        {
            var instance = RandomRankings.Create(seed);
            var result = instance.Compute();

            var listed = result.Ranked.Select(r => r.ApplicationNumber)
                .Concat(result.NotAdmissible.Select(r => r.ApplicationNumber))
                .Concat(result.MissingMarks.Select(r => r.ApplicationNumber))
                .Order(StringComparer.Ordinal);
            Assert.True(
                listed.SequenceEqual(instance.Candidates.Select(c => c.ApplicationNumber).Order(StringComparer.Ordinal)),
                $"Seed {seed}: candidates are lost or listed twice.");
        });
    }

    [Fact]
    public void Permuting_the_input_gives_byte_identical_canonical_text_and_lists_in_any_culture()
    {
        var cultures = new[] { "fr-FR", "tr-TR", "ar-SA", "ja-JP", "sv-SE" }.Select(CultureInfo.GetCultureInfo).ToArray();
        Seeded.ForEach(Seeds, seed =>
        {
            var instance = RandomRankings.Create(seed);
            var expected = instance.Compute();

            var shuffled = instance.Shuffled(new Random(seed));
            var actual = Rankings.InCulture(cultures[seed % cultures.Length], shuffled.Compute);

            Assert.True(
                CanonicalRanking.Of(expected).Content.Span.SequenceEqual(CanonicalRanking.Of(actual).Content.Span),
                $"Seed {seed}: the shuffled input gives another canonical text.");
            Assert.True(
                expected.NotAdmissible.Select(c => c.ApplicationNumber).SequenceEqual(actual.NotAdmissible.Select(c => c.ApplicationNumber))
                && expected.MissingMarks.Select(c => c.ApplicationNumber).SequenceEqual(actual.MissingMarks.Select(c => c.ApplicationNumber)),
                $"Seed {seed}: the shuffled input gives other lists apart.");
        });
    }

    [Fact]
    public void The_same_seed_gives_the_same_ranking()
    {
        Seeded.ForEach(Seeds, seed =>
        {
            var instance = RandomRankings.Create(seed);

            Assert.True(
                CanonicalRanking.Of(instance.Compute()).Sha256 == CanonicalRanking.Of(instance.Compute()).Sha256,
                $"Seed {seed}: two computations with the same seed differ.");
        });
    }

    [Fact]
    public void Another_seed_changes_only_the_order_among_candidates_tied_on_the_score_and_every_chain_subject()
    {
        var changedSomewhere = 0;
        Seeded.ForEach(Seeds, seed =>
        {
            var instance = RandomRankings.Create(seed);
            var first = instance.Compute().Ranked;
            var second = instance.ComputeWith($"other {seed}").Ranked;

            Assert.True(first.Count == second.Count, $"Seed {seed}: another lottery seed ranks another number of candidates.");
            var classSizes = first.CountBy(r => TieClass(instance, r)).ToDictionary();
            for (var i = 0; i < first.Count; i++)
            {
                var (a, b) = (first[i], second[i]);
                var tieClass = TieClass(instance, a);
                Assert.True(
                    tieClass == TieClass(instance, b) && Equals(a.SeparatedBy, b.SeparatedBy),
                    $"Seed {seed}: rank {i + 1} holds a candidate of another score, other chain marks or another reason under another lottery seed.");
                var tiedOnEverything = classSizes[tieClass] > 1;
                Assert.True(
                    tiedOnEverything || a.ApplicationNumber == b.ApplicationNumber,
                    $"Seed {seed}: {a.ApplicationNumber}, tied with nobody on everything, moves under another lottery seed.");
                changedSomewhere += a.ApplicationNumber == b.ApplicationNumber ? 0 : 1;
            }

            Assert.True(
                TiedSets(instance, first).SequenceEqual(TiedSets(instance, second)),
                $"Seed {seed}: candidates tied on everything are not the same under another lottery seed.");
        });

        Assert.True(changedSomewhere > 0, "No instance had candidates tied on everything: the property was never exercised.");
    }

    /// <summary>The score as the issue states it, in decimal arithmetic: Σ(coefficient × mark) / Σ coefficients, rounded half away from zero.</summary>
    private static decimal OracleScore(RankingRules rules, IReadOnlyDictionary<string, Mark> marks) =>
        Math.Round(
            rules.Subjects.Sum(s => s.Coefficient * marks[s.Subject].Value) / rules.Subjects.Sum(s => s.Coefficient),
            4,
            MidpointRounding.AwayFromZero);

    private static string LotteryKey(string seed, string applicationNumber) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed + "\n" + applicationNumber)));

    private static (List<(string, decimal, string?)> Ranked, List<(string, decimal)> NotAdmissible, List<(string, string)> Missing) Oracle(RankingInstance instance)
    {
        var rules = instance.Rules;
        var complete = instance.Candidates.Where(c => rules.Subjects.All(s => c.Marks.ContainsKey(s.Subject))).ToList();
        var scored = complete.Select(c => (Candidate: c, Score: OracleScore(rules, c.Marks))).ToList();

        IOrderedEnumerable<(RankingCandidate Candidate, decimal Score)> order = scored
            .Where(s => s.Score >= rules.AdmissibilityBar)
            .OrderByDescending(s => s.Score);
        foreach (var subject in rules.TieBreakChain)
        {
            order = order.ThenByDescending(s => s.Candidate.Marks[subject].Value);
        }

        var ranked = order.ThenBy(s => LotteryKey(instance.Seed, s.Candidate.ApplicationNumber), StringComparer.Ordinal).ToList();
        var withReasons = ranked.Select((s, i) => (s.Candidate.ApplicationNumber, s.Score, i == 0 ? null : Reason(rules, ranked[i - 1], s))).ToList();

        var notAdmissible = scored
            .Where(s => s.Score < rules.AdmissibilityBar)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Candidate.ApplicationNumber, StringComparer.Ordinal)
            .Select(s => (s.Candidate.ApplicationNumber, s.Score))
            .ToList();
        var missing = instance.Candidates
            .Except(complete)
            .OrderBy(c => c.ApplicationNumber, StringComparer.Ordinal)
            .Select(c => (c.ApplicationNumber, string.Join(',', rules.Subjects.Select(s => s.Subject).Where(s => !c.Marks.ContainsKey(s)))))
            .ToList();
        return (withReasons, notAdmissible, missing);
    }

    private static string Reason(RankingRules rules, (RankingCandidate Candidate, decimal Score) previous, (RankingCandidate Candidate, decimal Score) current)
    {
        if (previous.Score != current.Score)
        {
            return "score";
        }

        var subject = rules.TieBreakChain.FirstOrDefault(s => previous.Candidate.Marks[s] != current.Candidate.Marks[s]);
        return subject is null ? "lottery" : $"tie-break:{subject}";
    }

    /// <summary>Negative when <paramref name="a"/> must come before <paramref name="b"/> by the published rules, 0 when nothing separates them.</summary>
    private static int CompareByRules(RankingInstance instance, RankedCandidate a, RankedCandidate b)
    {
        if (a.Score != b.Score)
        {
            return b.Score.CompareTo(a.Score);
        }

        foreach (var subject in instance.Rules.TieBreakChain)
        {
            var order = b.Marks[subject].Hundredths.CompareTo(a.Marks[subject].Hundredths);
            if (order != 0)
            {
                return order;
            }
        }

        return string.CompareOrdinal(LotteryKey(instance.Seed, a.ApplicationNumber), LotteryKey(instance.Seed, b.ApplicationNumber));
    }

    private static IEnumerable<string> TiedSets(RankingInstance instance, IReadOnlyList<RankedCandidate> ranked) =>
        ranked.GroupBy(r => TieClass(instance, r)).Select(g => string.Join(',', g.Select(r => r.ApplicationNumber).Order(StringComparer.Ordinal)));

    /// <summary>What the lottery cannot change: the score and the marks of the chain's subjects.</summary>
    private static string TieClass(RankingInstance instance, RankedCandidate candidate) =>
        string.Join(
            '|',
            instance.Rules.TieBreakChain.Select(s => candidate.Marks[s].ToString()).Prepend(candidate.Score.ToString(CultureInfo.InvariantCulture)));
}

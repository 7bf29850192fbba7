using System.Globalization;
using System.Text;
using Recruitment.Domain.Rankings;
using static Recruitment.Domain.Tests.Rankings.Rankings;

namespace Recruitment.Domain.Tests.Rankings;

/// <summary>The example of <c>docs/ranking-hash.md</c>: if the format changes, these tests and that document change together.</summary>
public sealed class CanonicalRankingTests
{
    private const string DocumentedText =
        """
        recruitment-ranking 1
        campaign=2027
        track=MP
        subjects=INFO:2.00,MATH:4.00,PHYS:3.00
        bar=10.00
        tie-break=MATH,PHYS,lottery
        seed=Concours 2027 MP
        ranked=6
        not-admissible=1
        missing-marks=1
        rank;application;score;separated-by
        1;2027-J9K8L7M6;14.0000;
        2;2027-N5P4Q3R2;14.0000;lottery
        3;2027-A1B2C3D4;12.6667;score
        4;2027-S1T2U3V4;12.6667;tie-break:PHYS
        5;2027-E5F6G7H8;12.6667;tie-break:MATH
        6;2027-W5X6Y7Z8;10.0000;score

        """;

    // sha256sum of the text above saved to a file (417 bytes).
    private const string DocumentedHash = "99a3366181e33dd0fde82035d0fe2d794ae8892339b437a021d11671f4bd6c01";

    private static readonly RankingCandidate[] Candidates =
    [
        Candidate("2027-A1B2C3D4", "MATH:15 PHYS:12 INFO:9"),
        Candidate("2027-E5F6G7H8", "MATH:12 PHYS:16 INFO:9"),
        Candidate("2027-J9K8L7M6", "MATH:14 PHYS:14 INFO:14"),
        Candidate("2027-N5P4Q3R2", "MATH:14 PHYS:14 INFO:14"),
        Candidate("2027-S1T2U3V4", "MATH:15 PHYS:10 INFO:12"),
        Candidate("2027-W5X6Y7Z8", "MATH:10 PHYS:10 INFO:10"),
        Candidate("2027-B2C3D4E5", "MATH:9 PHYS:8 INFO:11"),
        Candidate("2027-F6G7H8J9", "MATH:13 PHYS:11"),
    ];

    private static MeritRankingResult DocumentedExample() =>
        MeritRanking.Compute(Rules("MATH:4 PHYS:3 INFO:2", 10m, "MATH", "PHYS"), Candidates, "Concours 2027 MP");

    [Fact]
    public void The_documented_example_is_written_as_documented()
    {
        Assert.Equal(DocumentedText, CanonicalRanking.Of(DocumentedExample()).ToString());
    }

    [Fact]
    public void The_documented_example_has_the_documented_hash()
    {
        var canonical = CanonicalRanking.Of(DocumentedExample());

        Assert.Equal(DocumentedHash, canonical.Sha256);
        Assert.Equal(417, canonical.Content.Length);
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_utf8_bytes_of_the_text()
    {
        Assert.Equal(DocumentedHash, CanonicalRanking.HashOf(Encoding.UTF8.GetBytes(DocumentedText)));
    }

    [Fact]
    public void The_text_is_the_same_in_every_culture()
    {
        var french = InCulture(CultureInfo.GetCultureInfo("fr-FR"), () => CanonicalRanking.Of(DocumentedExample()).Sha256);
        var arabic = InCulture(CultureInfo.GetCultureInfo("ar-SA"), () => CanonicalRanking.Of(DocumentedExample()).Sha256);

        Assert.Equal(DocumentedHash, french);
        Assert.Equal(DocumentedHash, arabic);
    }

    [Fact]
    public void The_order_subjects_are_listed_in_does_not_change_the_text()
    {
        var reordered = MeritRanking.Compute(Rules("PHYS:3 INFO:2 MATH:4", 10m, "MATH", "PHYS"), Candidates, "Concours 2027 MP");

        Assert.Equal(DocumentedText, CanonicalRanking.Of(reordered).ToString());
    }

    [Fact]
    public void An_empty_ranking_has_the_header_lines_only_and_a_chain_of_the_lottery_alone()
    {
        var empty = MeritRanking.Compute(Rules("MATH:1.5", 0m), [], "42");

        Assert.Equal(
            "recruitment-ranking 1\ncampaign=2027\ntrack=MP\nsubjects=MATH:1.50\nbar=0.00\ntie-break=lottery\nseed=42\n"
            + "ranked=0\nnot-admissible=0\nmissing-marks=0\nrank;application;score;separated-by\n",
            CanonicalRanking.Of(empty).ToString());
    }

    [Fact]
    public void Any_change_of_seed_rules_or_lines_changes_the_hash()
    {
        var hashes = new[]
        {
            CanonicalRanking.Of(DocumentedExample()).Sha256,
            CanonicalRanking.Of(MeritRanking.Compute(Rules("MATH:4 PHYS:3 INFO:2", 10m, "MATH", "PHYS"), [], "Concours 2027 MP")).Sha256,
            CanonicalRanking.Of(MeritRanking.Compute(Rules("MATH:4 PHYS:3 INFO:2", 10m, "PHYS", "MATH"), [], "Concours 2027 MP")).Sha256,
            CanonicalRanking.Of(MeritRanking.Compute(Rules("MATH:4 PHYS:3 INFO:2", 10.01m, "MATH", "PHYS"), [], "Concours 2027 MP")).Sha256,
            CanonicalRanking.Of(MeritRanking.Compute(Rules("MATH:4 PHYS:3 INFO:2", 10m, "MATH", "PHYS"), [], "Concours 2027 MP.")).Sha256,
        };

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }
}

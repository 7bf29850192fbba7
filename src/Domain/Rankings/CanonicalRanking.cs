using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Recruitment.Domain.Rankings;

/// <summary>
/// The canonical text of a merit ranking, whose SHA-256 is published with it: the same ranking always gives the same
/// bytes, so anyone can recompute the hash from an export. The format is described in <c>docs/ranking-hash.md</c>.
/// </summary>
/// <remarks>
/// Every part of the text is ASCII (codes, application numbers and seed are checked to be), so its UTF-8 bytes are its
/// characters. Lines end with a line feed, the last one included; numbers are written with a point and a fixed number
/// of decimals whatever the culture.
/// </remarks>
public sealed class CanonicalRanking
{
    public const string FormatLine = "recruitment-ranking 1";
    public const string TableHeader = "rank;application;score;separated-by";

    private readonly byte[] _content;

    private CanonicalRanking(byte[] content)
    {
        _content = content;
        Sha256 = HashOf(content);
    }

    /// <summary>The UTF-8 bytes of the text, without byte order mark.</summary>
    public ReadOnlyMemory<byte> Content => _content;

    /// <summary>The SHA-256 of <see cref="Content"/> in lower-case hexadecimal (64 characters).</summary>
    public string Sha256 { get; }

    public static CanonicalRanking Of(MeritRankingResult ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        var rules = ranking.Rules;
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder(256 + (ranking.Ranked.Count * 40));
        text.Append(FormatLine).Append('\n');
        text.Append(invariant, $"campaign={rules.CampaignYear}\n");
        text.Append(invariant, $"track={rules.TrackCode}\n");
        text.Append("subjects=")
            .AppendJoin(',', rules.Subjects.OrderBy(s => s.Subject, StringComparer.Ordinal).Select(s => $"{s.Subject}:{RankingRules.Format(s.Coefficient)}"))
            .Append('\n');
        text.Append(invariant, $"bar={RankingRules.Format(rules.AdmissibilityBar)}\n");
        text.Append("tie-break=").AppendJoin(',', rules.TieBreakChain.Append("lottery")).Append('\n');
        text.Append(invariant, $"seed={ranking.Seed}\n");
        text.Append(invariant, $"ranked={ranking.Ranked.Count}\n");
        text.Append(invariant, $"not-admissible={ranking.NotAdmissible.Count}\n");
        text.Append(invariant, $"missing-marks={ranking.MissingMarks.Count}\n");
        text.Append(TableHeader).Append('\n');
        foreach (var line in ranking.Ranked)
        {
            text.Append(invariant, $"{line.Rank};{line.ApplicationNumber};{line.Score:0.0000};{line.SeparatedBy}\n");
        }

        return new CanonicalRanking(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The SHA-256 of any bytes in lower-case hexadecimal, as <c>sha256sum</c> prints it.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public override string ToString() => Encoding.UTF8.GetString(_content);
}

using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

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

    // Rank, application number, score, separation and separators stay well under this.
    private const int MaxLineBytes = 256;

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
        var header = new StringBuilder();
        header.Append(FormatLine).Append('\n');
        header.Append(invariant, $"campaign={rules.CampaignYear}\n");
        header.Append(invariant, $"track={rules.TrackCode}\n");
        header.Append("subjects=")
            .AppendJoin(',', rules.Subjects.OrderBy(s => s.Subject, StringComparer.Ordinal).Select(s => $"{s.Subject}:{RankingRules.Format(s.Coefficient)}"))
            .Append('\n');
        header.Append(invariant, $"bar={RankingRules.Format(rules.AdmissibilityBar)}\n");
        header.Append("tie-break=").AppendJoin(',', rules.TieBreakChain.Append("lottery")).Append('\n');
        header.Append(invariant, $"seed={ranking.Seed}\n");
        header.Append(invariant, $"ranked={ranking.Ranked.Count}\n");
        header.Append(invariant, $"not-admissible={ranking.NotAdmissible.Count}\n");
        header.Append(invariant, $"missing-marks={ranking.MissingMarks.Count}\n");
        header.Append(TableHeader).Append('\n');

        // The candidate lines are formatted straight into UTF-8: a ranking has up to hundreds of thousands of them.
        var text = new ArrayBufferWriter<byte>(header.Length + (ranking.Ranked.Count * 40));
        text.Write(Encoding.UTF8.GetBytes(header.ToString()));
        foreach (var line in ranking.Ranked)
        {
            var span = text.GetSpan(MaxLineBytes);
            if (!Utf8.TryWrite(span, invariant, $"{line.Rank};{line.ApplicationNumber};{line.Score:F4};{line.SeparatedBy}\n", out var written))
            {
                throw new InvalidOperationException($"The line of rank {line.Rank} does not fit in {MaxLineBytes} bytes.");
            }

            text.Advance(written);
        }

        return new CanonicalRanking(text.WrittenSpan.ToArray());
    }

    /// <summary>The SHA-256 of any bytes in lower-case hexadecimal, as <c>sha256sum</c> prints it.</summary>
    public static string HashOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public override string ToString() => Encoding.UTF8.GetString(_content);
}

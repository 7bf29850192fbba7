using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rankings;

public enum RankingStatus
{
    /// <summary>Computed and waiting for a second officer's approval; it may be computed again until then.</summary>
    Computed = 1,

    /// <summary>Approved and frozen: the current ranking of the track.</summary>
    Published = 2,

    /// <summary>Published once, then replaced by a published correction; kept as it was.</summary>
    Superseded = 3,
}

/// <summary>
/// One version of a track's merit ranking: the rules and seed it was computed with, its canonical text and hash, who
/// computed it and who approved it. Version 1 is the first ranking; each correction after a publication is a new
/// version with a reason. A published version never changes again.
/// </summary>
/// <remarks>
/// The canonical text is kept byte for byte: the export is that text, so the hash of the exported file is the
/// published hash, and nothing needs to be recomputed (or could come out differently) to produce it.
/// </remarks>
public sealed class RankingVersion
{
    public const int ReasonMaxLength = 1000;

    private RankingVersion()
    {
        Seed = string.Empty;
        Subjects = string.Empty;
        TieBreakChain = string.Empty;
        Sha256 = string.Empty;
        Content = [];
        ComputedById = string.Empty;
        ComputedByName = string.Empty;
    }

    public int Id { get; private set; }

    public int CampaignId { get; private set; }

    public int TrackId { get; private set; }

    /// <summary>1 for the first ranking of the track, then 2, 3… for each correction.</summary>
    public int Number { get; private set; }

    public RankingStatus Status { get; private set; }

    public string Seed { get; private set; }

    /// <summary>The rules used, as <c>MATH:4.00,PHYS:3.00</c>.</summary>
    public string Subjects { get; private set; }

    public int BarHundredths { get; private set; }

    public string TieBreakChain { get; private set; }

    public int Ranked { get; private set; }

    public int NotAdmissible { get; private set; }

    public int MissingMarks { get; private set; }

    /// <summary>The SHA-256 of <see cref="Content"/>, lower-case hexadecimal.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The canonical text (docs/ranking-hash.md), byte for byte.</summary>
    public byte[] Content { get; private set; }

    public string ComputedById { get; private set; }

    public string ComputedByName { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    public string? ApprovedById { get; private set; }

    public string? ApprovedByName { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Why a correction was made; null for version 1.</summary>
    public string? Reason { get; private set; }

    /// <summary>Changes on every save; the database refuses a save based on an older one.</summary>
    public int RowVersion { get; private set; }

    public decimal AdmissibilityBar => RankingRulesText.FromHundredths(BarHundredths);

    public bool IsPublished => Status is RankingStatus.Published or RankingStatus.Superseded;

    /// <summary>A first ranking (<paramref name="number"/> 1, no reason) or a correction (a later number, with its reason).</summary>
    public static RankingVersion Create(
        int campaignId,
        int trackId,
        int number,
        MeritRankingResult result,
        string? reason,
        string computedById,
        string computedByName,
        DateTimeOffset now)
    {
        if (number < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Versions are numbered from 1.");
        }

        var version = new RankingVersion { CampaignId = campaignId, TrackId = trackId, Number = number, Status = RankingStatus.Computed };
        version.Recompute(result, reason, computedById, computedByName, now);
        return version;
    }

    /// <summary>Replaces a version not yet approved by a new computation; a published version never changes.</summary>
    public void Recompute(MeritRankingResult result, string? reason, string computedById, string computedByName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrEmpty(computedById);
        if (Status != RankingStatus.Computed)
        {
            throw new DomainException("A published ranking is frozen: a correction makes a new version, with a reason.");
        }

        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (Number > 1 && trimmed is null)
        {
            throw new DomainException("Say why the ranking is corrected: the reason is kept with the new version.");
        }

        if (Number == 1 && trimmed is not null)
        {
            throw new DomainException("The first version of a ranking is not a correction.");
        }

        if (trimmed is { Length: > ReasonMaxLength })
        {
            throw new DomainException($"The reason must be at most {ReasonMaxLength} characters.");
        }

        var canonical = CanonicalRanking.Of(result);
        Seed = result.Seed;
        Subjects = RankingRulesText.Subjects(result.Rules.Subjects);
        BarHundredths = RankingRulesText.Hundredths(result.Rules.AdmissibilityBar);
        TieBreakChain = RankingRulesText.Chain(result.Rules.TieBreakChain);
        Ranked = result.Ranked.Count;
        NotAdmissible = result.NotAdmissible.Count;
        MissingMarks = result.MissingMarks.Count;
        Content = canonical.Content.ToArray();
        Sha256 = canonical.Sha256;
        Reason = trimmed;
        ComputedById = computedById;
        ComputedByName = computedByName;
        ComputedAt = now;
        RowVersion++;
    }

    /// <summary>
    /// A second officer approves the version they have seen, named by its hash: the one who computed it cannot, and
    /// a version computed again since then is not the one they saw.
    /// </summary>
    public void Publish(string approverId, string approverName, string expectedSha256, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(approverId);
        if (Status != RankingStatus.Computed)
        {
            throw new DomainException($"Version {Number} of this ranking is already published.");
        }

        if (approverId == ComputedById)
        {
            throw new DomainException("You computed this version of the ranking: another officer must approve it.");
        }

        if (!string.Equals(expectedSha256, Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("The ranking was computed again since you looked at it: check the new version before approving it.");
        }

        if (CanonicalRanking.HashOf(Content) != Sha256)
        {
            throw new InvalidOperationException($"The stored text of ranking version {Id} no longer has its hash.");
        }

        Status = RankingStatus.Published;
        ApprovedById = approverId;
        ApprovedByName = approverName;
        ApprovedAt = now;
        RowVersion++;
    }

    /// <summary>A published correction replaces this version as the current ranking; this one stays as it was.</summary>
    public void Supersede()
    {
        if (Status != RankingStatus.Published)
        {
            throw new DomainException("Only the published version of a ranking can be replaced by a correction.");
        }

        Status = RankingStatus.Superseded;
        RowVersion++;
    }

    public RankingRules Rules(int campaignYear, string trackCode) =>
        new(campaignYear, trackCode, RankingRulesText.Subjects(Subjects), AdmissibilityBar, RankingRulesText.Chain(TieBreakChain));
}

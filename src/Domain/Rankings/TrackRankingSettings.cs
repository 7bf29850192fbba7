using Recruitment.Domain.Common;

namespace Recruitment.Domain.Rankings;

/// <summary>
/// How one track's merit ranking is computed in one campaign: subjects and coefficients, the admissibility bar and the
/// tie-break chain. They are always valid rules (see <see cref="RankingRules.Problems"/>); each computed version keeps
/// a copy of the rules it used, so changing them never changes a ranking already computed.
/// </summary>
public sealed class TrackRankingSettings
{
    private TrackRankingSettings()
    {
        Subjects = string.Empty;
        TieBreakChain = string.Empty;
        ChangedBy = string.Empty;
    }

    public int Id { get; private set; }

    public int CampaignId { get; private set; }

    public int TrackId { get; private set; }

    /// <summary>The subjects and coefficients in the officer's order, as <c>MATH:4.00,PHYS:3.00</c>.</summary>
    public string Subjects { get; private set; }

    public int BarHundredths { get; private set; }

    /// <summary>The tie-break subjects in order, as <c>MATH,PHYS</c>; the lottery always follows.</summary>
    public string TieBreakChain { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public string ChangedBy { get; private set; }

    /// <summary>Changes on every save; the database refuses a save based on an older one.</summary>
    public int Version { get; private set; }

    public static TrackRankingSettings Create(int campaignId, int trackId, RankingRules rules, string changedBy, DateTimeOffset now)
    {
        var settings = new TrackRankingSettings { CampaignId = campaignId, TrackId = trackId };
        settings.Change(rules, changedBy, now);
        return settings;
    }

    /// <summary>Replaces the rules; returns what changed, in words, for the audit log (empty when nothing did).</summary>
    public IReadOnlyList<string> Change(RankingRules rules, string changedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var problems = rules.Problems();
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems.Select(p => p.Message)));
        }

        var subjects = RankingRulesText.Subjects(rules.Subjects);
        var bar = RankingRulesText.Hundredths(rules.AdmissibilityBar);
        var chain = RankingRulesText.Chain(rules.TieBreakChain);
        var changes = new List<string>();
        if (subjects != Subjects)
        {
            changes.Add($"Subjects: {Show(Subjects)} → {subjects}");
        }

        if (bar != BarHundredths || Version == 0)
        {
            changes.Add($"Bar: {(Version == 0 ? "(none)" : RankingRules.Format(AdmissibilityBar))} → {RankingRules.Format(rules.AdmissibilityBar)}");
        }

        if (chain != TieBreakChain || Version == 0)
        {
            changes.Add($"Tie-break: {(Version == 0 ? "(none)" : ChainText(TieBreakChain))} → {ChainText(chain)}");
        }

        Subjects = subjects;
        BarHundredths = bar;
        TieBreakChain = chain;
        ChangedBy = changedBy;
        ChangedAt = now;
        Version++;
        return changes;
    }

    public decimal AdmissibilityBar => RankingRulesText.FromHundredths(BarHundredths);

    public RankingRules ToRules(int campaignYear, string trackCode) =>
        new(campaignYear, trackCode, RankingRulesText.Subjects(Subjects), AdmissibilityBar, RankingRulesText.Chain(TieBreakChain));

    private static string Show(string text) => text.Length == 0 ? "(none)" : text;

    private static string ChainText(string chain) => chain.Length == 0 ? "lottery" : $"{chain},lottery";
}

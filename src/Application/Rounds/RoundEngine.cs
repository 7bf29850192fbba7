using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Allocation;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Rounds.OpenRound;
using Recruitment.Domain.Allocation;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Common;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;
using Recruitment.Domain.Rounds;

namespace Recruitment.Application.Rounds;

/// <summary>
/// Builds a campaign's allocation instance from the database (published rankings, seat pools, wishes in play), runs
/// the engine and the independent verifier, and writes both sides in the command-line format with their SHA-256.
/// </summary>
public sealed class RoundEngine(IApplicationDbContext db)
{
    /// <summary>Recorded with every round, so that a replay knows which engine to compare with.</summary>
    public const string EngineVersion = "deferred-acceptance/1";

    /// <summary>The published ranking of each track, best first, by track code.</summary>
    public async Task<Dictionary<string, IReadOnlyList<string>>> PublishedRankingsAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var tracks = await db.Tracks.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
        var versions = await db.RankingVersions.AsNoTracking()
            .Where(v => v.CampaignId == campaign.Id && v.Status == RankingStatus.Published)
            .Select(v => new { v.Id, v.TrackId })
            .ToListAsync(cancellationToken);
        var rankings = tracks.Values.ToDictionary(code => code, _ => (IReadOnlyList<string>)[], StringComparer.Ordinal);
        foreach (var version in versions)
        {
            rankings[tracks[version.TrackId]] = await db.RankingEntries.AsNoTracking()
                .Where(e => e.RankingVersionId == version.Id && e.Outcome == RankingOutcome.Ranked)
                .OrderBy(e => e.Rank)
                .Select(e => e.ApplicationNumber)
                .ToListAsync(cancellationToken);
        }

        return rankings;
    }

    /// <summary>
    /// The candidacies of the campaign. An eligible application gets its candidacy, from its submitted wishes, the
    /// first time it appears in a published ranking (wishes become pool identifiers with the applicant's track, e.g.
    /// TN-ING/S/MP): at the first round for most, at a later round for a track whose ranking was published later.
    /// </summary>
    public async Task<List<Candidacy>> CandidaciesAsync(Campaign campaign, IReadOnlyDictionary<string, IReadOnlyList<string>> rankings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(rankings);
        var candidacies = await db.Candidacies.Where(c => c.CampaignId == campaign.Id).ToListAsync(cancellationToken);
        var existing = candidacies.Select(c => c.ApplicationNumber).ToHashSet(StringComparer.Ordinal);
        var ranked = rankings
            .SelectMany(r => r.Value.Select(number => (Number: number, Track: r.Key)))
            .Where(x => !existing.Contains(x.Number))
            .ToDictionary(x => x.Number, x => x.Track, StringComparer.Ordinal);
        if (ranked.Count == 0)
        {
            return candidacies;
        }

        var files = await db.Applications.AsNoTracking()
            .Where(a => a.CampaignId == campaign.Id && a.Status == ApplicationStatus.Submitted && a.Eligibility == Eligibility.Eligible)
            .Select(a => new
            {
                a.Id,
                a.Number,
                Wishes = a.Wishes.OrderBy(w => w.Rank).Select(w => new { w.Program!.Code, w.Status }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var added = files
            .Where(f => ranked.ContainsKey(f.Number))
            .Select(f => Candidacy.Create(
                campaign.Id,
                f.Id,
                f.Number,
                f.Wishes.Select(w => new SeatPoolKey(w.Code, w.Status, ranked[f.Number]).ToString())))
            .ToList();
        db.Candidacies.AddRange(added);
        candidacies.AddRange(added);
        return candidacies;
    }

    /// <summary>
    /// Computes round <paramref name="number"/> on the wishes in play, verifies it and adds it to the unit of work
    /// with its offers and figures. Refuses when no ranking is published or when the round would take a held seat
    /// away. The caller records who did it and saves.
    /// </summary>
    public async Task<RoundOpened> OpenAsync(
        Campaign campaign, int number, DateTimeOffset answersDueAt, DateTimeOffset now, string openedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var rankings = await PublishedRankingsAsync(campaign, cancellationToken);
        if (rankings.Values.All(r => r.Count == 0))
        {
            throw new DomainException("No merit ranking is published yet: rounds allocate seats by the published rankings.");
        }

        var candidacies = await CandidaciesAsync(campaign, rankings, cancellationToken);
        var instance = await InstanceAsync(campaign, rankings, candidacies, null, cancellationToken);
        var result = AllocateAndVerify(instance);
        var byNumber = candidacies.ToDictionary(c => c.ApplicationNumber, StringComparer.Ordinal);

        var offers = new List<RoundOffer>();
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Assignments.Count; i++)
        {
            var assignment = result.Assignments[i];
            var candidacy = byNumber[assignment.Candidate];
            if (candidacy.HeldPool is { } kept && (assignment.Pool is null || candidacy.Wishes.ToList().IndexOf(assignment.Pool) > candidacy.Wishes.ToList().IndexOf(kept)))
            {
                throw new DomainException(
                    $"This round would take {candidacy.ApplicationNumber}'s seat in {kept} away, which only their own answer may do. " +
                    "Were capacities reduced below the seats already held? Restore them, then open the round.");
            }

            var alreadyHeld = assignment.Pool is not null && assignment.Pool == candidacy.HeldPool;
            if (alreadyHeld)
            {
                held[assignment.Pool!] = held.GetValueOrDefault(assignment.Pool!) + 1;
            }

            var answer = assignment.Pool is null ? OfferAnswer.Pending
                : candidacy.Status == CandidacyStatus.Settled ? OfferAnswer.AcceptFinal
                : alreadyHeld ? OfferAnswer.AcceptWaiting
                : OfferAnswer.Pending;
            offers.Add(RoundOffer.Create(candidacy.ApplicationNumber, assignment.Pool, alreadyHeld, answer, Explanation(result.ExplainAt(i))));
        }

        var input = Input(instance);
        var output = Output(result);
        var figures = result.Pools.Select(p =>
        {
            var kept = held.GetValueOrDefault(p.Id);
            return new RoundPoolFigures(p.Id, p.Capacity, kept, p.Admitted - kept, p.Capacity - p.Admitted, p.WaitingList, p.LastAdmittedRank);
        });

        db.AllocationRounds.Add(AllocationRound.Open(
            campaign.Id, number, now, openedBy, answersDueAt, EngineVersion, input.Bytes, input.Sha256, output.Bytes, output.Sha256, offers, figures));
        return new RoundOpened(number, candidacies.Count(c => c.Status != CandidacyStatus.Resigned), offers.Count(o => o.AwaitsAnswer), input.Sha256, output.Sha256);
    }

    /// <summary>What the audit log says of an opened round.</summary>
    public static string AuditDetails(RoundOpened opened)
    {
        ArgumentNullException.ThrowIfNull(opened);
        return $"Round {opened.Number}: {opened.Offers} new offer(s), input {opened.InputSha256}, output {opened.OutputSha256}";
    }

    /// <summary>The instance for the candidacies still in play, with the given capacities (by pool id) where given.</summary>
    public async Task<AllocationInstance> InstanceAsync(
        Campaign campaign,
        IReadOnlyDictionary<string, IReadOnlyList<string>> rankings,
        IEnumerable<Candidacy> candidacies,
        IReadOnlyDictionary<string, int>? capacities,
        CancellationToken cancellationToken)
    {
        var pools = (await db.SeatPools.AsNoTracking()
                .Where(p => p.CampaignId == campaign.Id)
                .Select(p => new { Program = p.Program!.Code, p.Status, Track = p.Track!.Code, p.Seats })
                .ToListAsync(cancellationToken))
            .Select(p =>
            {
                var id = new SeatPoolKey(p.Program, p.Status, p.Track).ToString();
                return new AllocationPool(id, capacities?.GetValueOrDefault(id, p.Seats) ?? p.Seats, p.Track);
            })
            .ToList();
        var known = pools.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var candidates = candidacies
            .Where(c => c.Status != CandidacyStatus.Resigned)
            .Select(c => new AllocationCandidate(c.ApplicationNumber, c.Wishes.Where(known.Contains)));
        return AllocationInstance.Create(rankings, pools, candidates);
    }

    /// <summary>Allocates and verifies; a result that fails verification is never returned.</summary>
    public static AllocationResult AllocateAndVerify(AllocationInstance instance) => AllocateAndVerify(instance, DeferredAcceptance.Allocate);

    /// <summary>The same with another allocator, so that a test can show what happens to a result the verifier refuses.</summary>
    internal static AllocationResult AllocateAndVerify(AllocationInstance instance, Func<AllocationInstance, AllocationResult> allocate)
    {
        ArgumentNullException.ThrowIfNull(allocate);
        var result = allocate(instance);
        var violations = AllocationVerifier.Verify(instance, result);
        if (violations.Count > 0)
        {
            throw new DomainException(
                $"The allocation failed verification and is not published: {string.Join(" ", violations.Take(5).Select(v => v.Message))}");
        }

        return result;
    }

    public static (byte[] Bytes, string Sha256) Input(AllocationInstance instance) => Write(stream => InstanceWriter.Write(stream, instance));

    public static (byte[] Bytes, string Sha256) Output(AllocationResult result) => Write(stream => ResultWriter.Write(stream, result, explain: true));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>One line per refused wish: <c>POOL not-eligible</c> or <c>POOL full LAST-ADMITTED-RANK RANK</c>.</summary>
    public static string Explanation(IReadOnlyList<WishRefusal> refusals)
    {
        var text = new StringBuilder();
        foreach (var refusal in refusals)
        {
            text.Append(refusal.Pool).Append(' ');
            text.Append(refusal.Reason == RefusalReason.NotEligible
                ? "not-eligible"
                : string.Create(CultureInfo.InvariantCulture, $"full {refusal.LastAdmittedRank?.ToString(CultureInfo.InvariantCulture) ?? "-"} {refusal.Rank}"));
            text.Append('\n');
        }

        return text.ToString();
    }

    private static (byte[] Bytes, string Sha256) Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        var bytes = stream.ToArray();
        return (bytes, Sha256(bytes));
    }
}

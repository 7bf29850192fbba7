using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings;

/// <summary>
/// Computes a track's ranking from the database and stores it as a version: the eligible, submitted applications of
/// the track with their marks in the rules' subjects, the merit ranking of the domain, then the version and one entry
/// per candidate, in one transaction.
/// </summary>
public static class RankingComputation
{
    // Marks are immutable values: one object per possible mark rather than one per row read.
    private static readonly Mark[] Marks = Enumerable.Range(0, Mark.MaxHundredths + 1).Select(Mark.FromHundredths).ToArray();

    /// <summary>The candidates of the track and the file id of each application number.</summary>
    public static async Task<(IReadOnlyList<RankingCandidate> Candidates, IReadOnlyDictionary<string, int> Ids)> CandidatesAsync(
        IApplicationDbContext db,
        int campaignId,
        int trackId,
        RankingRules rules,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rules);
        var applications = db.Applications.AsNoTracking().Where(a =>
            a.CampaignId == campaignId
            && a.Status == ApplicationStatus.Submitted
            && a.Eligibility == Eligibility.Eligible
            && a.Studies != null
            && a.Studies.TrackId == trackId);
        var numbers = await applications.Select(a => new { a.Id, a.Number }).ToListAsync(cancellationToken);
        var subjects = rules.Subjects.Select(s => s.Subject).ToArray();
        var rows = await (
                from mark in db.ExamMarks.AsNoTracking()
                join application in applications on mark.ApplicationFileId equals application.Id
                where subjects.Contains(mark.SubjectCode)
                select new ValueTuple<int, string, int>(mark.ApplicationFileId, mark.SubjectCode, mark.Hundredths))
            .ToListAsync(cancellationToken);

        // Hundreds of thousands of rows: each candidate's marks go straight into an array of its own, by position.
        var position = new Dictionary<int, int>(numbers.Count);
        for (var i = 0; i < numbers.Count; i++)
        {
            position[numbers[i].Id] = i;
        }

        var interned = subjects.ToDictionary(s => s, s => s, StringComparer.Ordinal);
        var marks = new KeyValuePair<string, Mark>[numbers.Count][];
        var counts = new int[numbers.Count];
        foreach (var (applicationId, subject, hundredths) in rows)
        {
            var i = position[applicationId];
            (marks[i] ??= new KeyValuePair<string, Mark>[subjects.Length])[counts[i]++] = KeyValuePair.Create(interned[subject], Marks[hundredths]);
        }

        var candidates = new List<RankingCandidate>(numbers.Count);
        var ids = new Dictionary<string, int>(numbers.Count, StringComparer.Ordinal);
        for (var i = 0; i < numbers.Count; i++)
        {
            candidates.Add(new RankingCandidate(numbers[i].Number, marks[i] is null ? [] : new ArraySegment<KeyValuePair<string, Mark>>(marks[i], 0, counts[i])));
            ids[numbers[i].Number] = numbers[i].Id;
        }

        return (candidates, ids);
    }

    /// <summary>
    /// Saves a new version, or a version not yet approved computed again, with its entries. What the caller added to
    /// the context (its audit entry) is saved in the same transaction.
    /// </summary>
    public static async Task SaveAsync(
        IApplicationDbContext db,
        RankingVersion version,
        MeritRankingResult result,
        IReadOnlyList<RankingCandidate> candidates,
        IReadOnlyDictionary<string, int> ids,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(version);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (version.Id != 0)
        {
            await db.RankingEntries.Where(e => e.RankingVersionId == version.Id).ExecuteDeleteAsync(cancellationToken);
        }

        var isNew = version.Id == 0;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (isNew || e is DbUpdateConcurrencyException)
        {
            // Another officer computed or corrected the same ranking at the same moment: the version number is taken,
            // or the version changed under this computation. Theirs stands; nothing of this one is kept.
            throw new DomainException(Text.Get("Another officer saved a version of this ranking at the same moment; nothing was saved. Reload the page to see it."), e);
        }

        await db.BulkInsertAsync(RankingEntry.Of(version.Id, result, ids, candidates), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static string Describe(RankingVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return FormattableString.Invariant(
            $"Version {version.Number} computed with seed '{version.Seed}', rules {version.Subjects}, bar {version.AdmissibilityBar:0.00}, tie-break {(version.TieBreakChain.Length == 0 ? "lottery" : version.TieBreakChain + ",lottery")}: {version.Ranked} ranked, {version.NotAdmissible} not admissible, {version.MissingMarks} with missing marks; SHA-256 {version.Sha256}")
            + (version.Reason is null ? string.Empty : $"; reason: {version.Reason}");
    }
}

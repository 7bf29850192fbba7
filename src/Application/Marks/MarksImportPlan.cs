using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Localization;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Marks;

/// <summary>What an import would do, or why it cannot: every bad line with its reason, else the marks to add and change.</summary>
public sealed record MarksImportReport(
    int Year,
    string FileName,
    MarksLayout? Layout,
    char Separator,
    int Lines,
    int Marks,
    IReadOnlyList<MarksFileProblem> Problems,
    int Added,
    int Changed,
    int Unchanged,
    int Applications,
    IReadOnlyList<MarkChangeDto> Changes,
    string Digest)
{
    /// <summary>At most this many changes are listed in a report; the counts are always complete.</summary>
    public const int ChangesListed = 500;

    public bool IsValid => Problems.Count == 0;
}

/// <summary>A mark the import adds (<see cref="Previous"/> null) or changes.</summary>
public sealed record MarkChangeDto(int Line, string Application, string Subject, decimal? Previous, decimal Current);

/// <summary>Progress of a long import, for a progress bar: rows checked, then marks saved, out of a total.</summary>
public sealed record MarksImportProgress(string Step, int Done, int Total);

/// <summary>
/// Checks every mark of a file against the campaign and plans the import: a mark is refused for an unknown
/// application, an application that is not eligible, a subject that is not of the application's track, a value that is
/// not a mark from 0 to 20 with at most two decimals, or a second mark of the same application and subject in the file.
/// </summary>
internal sealed class MarksImportPlan
{
    private MarksImportPlan(MarksImportReport report, IReadOnlyList<PlannedMark> marks)
    {
        Report = report;
        Marks = marks;
    }

    public MarksImportReport Report { get; }

    /// <summary>The marks to add or change; empty when the file has problems.</summary>
    public IReadOnlyList<PlannedMark> Marks { get; }

    public static async Task<MarksImportPlan> MakeAsync(
        IApplicationDbContext db,
        int year,
        string fileName,
        byte[] content,
        IProgress<MarksImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var campaignId = await db.Campaigns.Where(c => c.Year == year).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Campaign", year);
        var file = MarksFile.Read(content);
        if (file.Layout is null || file.Cells.Count == 0)
        {
            return Refused(year, fileName, file, file.Problems, content);
        }

        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.CampaignId == campaignId)
            .Select(a => new { a.Id, a.Number, a.Status, a.Eligibility, TrackId = a.Studies == null ? (int?)null : a.Studies.TrackId })
            .ToDictionaryAsync(a => a.Number, StringComparer.Ordinal, cancellationToken);
        var trackSubjects = (await db.Tracks.AsNoTracking().Select(t => new { t.Id, t.Code, Subjects = t.Subjects.Select(s => s.Code).ToList() }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Id, t => (t.Code, Subjects: t.Subjects.ToHashSet(StringComparer.Ordinal)));
        var existing = (await (
                    from m in db.ExamMarks.AsNoTracking()
                    join a in db.Applications.AsNoTracking() on m.ApplicationFileId equals a.Id
                    where a.CampaignId == campaignId
                    select new { m.Id, m.ApplicationFileId, m.SubjectCode, m.Hundredths })
                .ToListAsync(cancellationToken))
            .ToDictionary(m => (m.ApplicationFileId, m.SubjectCode), m => (m.Id, m.Hundredths));

        var problems = new List<MarksFileProblem>(file.Problems);
        var planned = new List<PlannedMark>(file.Cells.Count);
        var seen = new Dictionary<(string Application, string Subject), int>(file.Cells.Count);
        var unchanged = 0;
        for (var i = 0; i < file.Cells.Count; i++)
        {
            if (i % 10_000 == 0)
            {
                progress?.Report(new MarksImportProgress("check", i, file.Cells.Count));
            }

            var cell = file.Cells[i];
            if (!applications.TryGetValue(cell.Application, out var application))
            {
                problems.Add(new(cell.Line, Text.Format("Unknown application {0} in campaign {1}.", cell.Application, year)));
                continue;
            }

            if (application.Status != ApplicationStatus.Submitted || application.Eligibility != Eligibility.Eligible || application.TrackId is null)
            {
                problems.Add(new(cell.Line, Text.Format("Application {0} is not eligible: only eligible, submitted applications get marks.", cell.Application)));
                continue;
            }

            var (track, subjects) = trackSubjects[application.TrackId.Value];
            if (!subjects.Contains(cell.Subject))
            {
                problems.Add(new(cell.Line, Text.Format("Unknown subject '{0}' for application {1}: the subjects of track {2} are {3}.", cell.Subject, cell.Application, track, string.Join(", ", subjects.Order(StringComparer.Ordinal)))));
                continue;
            }

            if (!Mark.TryParse(cell.Mark, out var mark, out _))
            {
                problems.Add(new(cell.Line, MarkProblem(cell)));
                continue;
            }

            if (!seen.TryAdd((cell.Application, cell.Subject), cell.Line))
            {
                problems.Add(new(cell.Line, Text.Format("Application {0} has a second {1} mark in the file; the first one is on line {2}.", cell.Application, cell.Subject, seen[(cell.Application, cell.Subject)])));
                continue;
            }

            if (existing.TryGetValue((application.Id, cell.Subject), out var old))
            {
                if (old.Hundredths == mark.Hundredths)
                {
                    unchanged++;
                    continue;
                }

                planned.Add(new PlannedMark(cell.Line, application.Id, cell.Application, cell.Subject, old.Id, Mark.FromHundredths(old.Hundredths), mark));
            }
            else
            {
                planned.Add(new PlannedMark(cell.Line, application.Id, cell.Application, cell.Subject, null, null, mark));
            }
        }

        if (problems.Count > 0)
        {
            return Refused(year, fileName, file, problems, content);
        }

        var changes = planned
            .OrderBy(p => p.Previous is null)
            .ThenBy(p => p.Line)
            .Take(MarksImportReport.ChangesListed)
            .Select(p => new MarkChangeDto(p.Line, p.Application, p.Subject, p.Previous?.Value, p.Mark.Value))
            .ToList();
        var report = new MarksImportReport(
            year,
            fileName,
            file.Layout,
            file.Separator,
            file.Lines,
            file.Cells.Count,
            [],
            planned.Count(p => p.Previous is null),
            planned.Count(p => p.Previous is not null),
            unchanged,
            planned.Select(p => p.ApplicationId).Distinct().Count(),
            changes,
            Digest(content, planned));
        return new MarksImportPlan(report, planned);
    }

    /// <summary>Why a value is not a mark, in the officer's words.</summary>
    private static string MarkProblem(MarkCell cell)
    {
        var text = cell.Mark.Trim();
        if (text.Length == 0)
        {
            return Text.Format("The {0} mark of application {1} is empty.", cell.Subject, cell.Application);
        }

        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return Text.Format("'{0}' is not a mark: write a number from 0 to 20 with at most two decimals, such as 12.5 or 12,5.", text);
        }

        return value is < 0 or > 20
            ? Text.Format("The mark {0} is out of range: a mark is from 0 to 20.", text)
            : Text.Format("The mark {0} has more than two decimals.", text);
    }

    private static MarksImportPlan Refused(int year, string fileName, MarksFile file, IReadOnlyList<MarksFileProblem> problems, byte[] content) =>
        new(
            new MarksImportReport(
                year, fileName, file.Layout, file.Separator, file.Lines, file.Cells.Count, [.. problems.OrderBy(p => p.Line)], 0, 0, 0, 0, [], Digest(content, [])),
            []);

    /// <summary>
    /// Names the file and the changes it would make now: a confirmation that brings back the preview's digest imports
    /// exactly what the officer saw, or nothing when the file or the marks changed in between.
    /// </summary>
    private static string Digest(byte[] content, IReadOnlyList<PlannedMark> planned)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(SHA256.HashData(content));
        foreach (var mark in planned.OrderBy(p => p.ApplicationId).ThenBy(p => p.Subject, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{mark.ApplicationId};{mark.Subject};{mark.Previous?.Hundredths};{mark.Mark.Hundredths}\n")));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>A mark the import writes; <see cref="ExistingId"/> and <see cref="Previous"/> are set when it replaces one.</summary>
internal sealed record PlannedMark(int Line, int ApplicationId, string Application, string Subject, long? ExistingId, Mark? Previous, Mark Mark);

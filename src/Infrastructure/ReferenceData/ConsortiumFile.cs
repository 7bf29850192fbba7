using System.Text.Json;
using System.Text.Json.Serialization;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Configuration;

namespace Recruitment.Infrastructure.ReferenceData;

/// <summary>
/// The consortium's reference data file (<c>data/consortium.json</c>, described in docs/reference-data.md):
/// tracks with their subjects, schools with their programs, and illustrative seats for the demo campaign.
/// </summary>
public sealed record ConsortiumFile(
    string About,
    string Illustrative,
    IReadOnlyList<TrackEntry> Tracks,
    IReadOnlyList<SchoolEntry> Schools)
{
    public const string FileName = "consortium.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The file shipped beside the application's assemblies.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "ReferenceData", FileName);

    public static ConsortiumFile Load(string path)
    {
        ConsortiumFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<ConsortiumFile>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new StartupException($"Reference data file {path} is not valid: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new StartupException($"Reference data file {path} cannot be read: {ex.Message}", ex);
        }

        if (file is null)
        {
            throw new StartupException($"Reference data file {path} is empty.");
        }

        var problems = file.Problems();
        if (problems.Count > 0)
        {
            throw new StartupException(
                $"Reference data file {path} has {problems.Count} problem(s):{Environment.NewLine}- " +
                string.Join($"{Environment.NewLine}- ", problems));
        }

        return file;
    }

    /// <summary>Every inconsistency of the file, each naming where it is.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var trackCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (track, i) in Tracks.Select((t, i) => (t, i)))
        {
            var where = $"tracks[{i}]";
            CheckCode(track.Code, $"{where}.code", problems);
            if (!trackCodes.Add(track.Code))
            {
                problems.Add($"{where}.code: track '{track.Code}' is listed twice.");
            }

            if (track.Subjects.Count == 0)
            {
                problems.Add($"{where}.subjects: track '{track.Code}' has no exam subject.");
            }

            var subjectCodes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (subject, j) in track.Subjects.Select((s, j) => (s, j)))
            {
                CheckCode(subject.Code, $"{where}.subjects[{j}].code", problems);
                if (!subjectCodes.Add(subject.Code))
                {
                    problems.Add($"{where}.subjects[{j}].code: subject '{subject.Code}' is listed twice in track '{track.Code}'.");
                }
            }
        }

        var schoolCodes = new HashSet<string>(StringComparer.Ordinal);
        var programCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (school, i) in Schools.Select((s, i) => (s, i)))
        {
            var where = $"schools[{i}]";
            CheckCode(school.Code, $"{where}.code", problems);
            if (!schoolCodes.Add(school.Code))
            {
                problems.Add($"{where}.code: school '{school.Code}' is listed twice.");
            }

            foreach (var (program, j) in school.Programs.Select((p, j) => (p, j)))
            {
                var at = $"{where}.programs[{j}]";
                CheckCode(program.Code, $"{at}.code", problems);
                if (!programCodes.Add(program.Code))
                {
                    problems.Add($"{at}.code: program '{program.Code}' is listed twice.");
                }

                if (program.Statuses.Count == 0)
                {
                    problems.Add($"{at}.statuses: program '{program.Code}' must be offered under at least one status.");
                }

                foreach (var status in program.Statuses.Where(s => !ProgramStatusCodes.TryParse(s, out _)))
                {
                    problems.Add($"{at}.statuses: '{status}' is not a status; use student or apprentice.");
                }

                foreach (var (status, seatsByTrack) in program.Seats ?? new Dictionary<string, Dictionary<string, int>>())
                {
                    if (!program.Statuses.Contains(status, StringComparer.Ordinal))
                    {
                        problems.Add($"{at}.seats.{status}: program '{program.Code}' is not offered under status '{status}'.");
                    }

                    foreach (var (trackCode, seats) in seatsByTrack)
                    {
                        if (!trackCodes.Contains(trackCode))
                        {
                            problems.Add(
                                $"{at}.seats.{status}.{trackCode}: unknown track '{trackCode}' (tracks: {string.Join(", ", trackCodes)}).");
                        }

                        if (seats < 0)
                        {
                            problems.Add($"{at}.seats.{status}.{trackCode}: seats must be 0 or more, not {seats}.");
                        }
                    }
                }
            }
        }

        return problems;
    }

    private static void CheckCode(string code, string where, List<string> problems)
    {
        if (!ReferenceCode.IsValid(code))
        {
            problems.Add($"{where}: '{code}' is not a valid code (upper-case letters, digits and dashes, starting with a letter).");
        }
    }
}

public sealed record TrackEntry(string Code, string Name, IReadOnlyList<SubjectEntry> Subjects);

public sealed record SubjectEntry(string Code, string Name);

public sealed record SchoolEntry(string Code, string Name, string City, IReadOnlyList<ProgramEntry> Programs);

/// <summary>A program; <see cref="Seats"/> maps status → track → illustrative seats of the demo campaign.</summary>
public sealed record ProgramEntry(
    string Code,
    string Name,
    IReadOnlyList<string> Statuses,
    Dictionary<string, Dictionary<string, int>>? Seats);

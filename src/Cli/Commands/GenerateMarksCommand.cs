using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Cli.CommandLine;
using Recruitment.Cli.Database;
using Recruitment.Cli.Instances;
using Recruitment.Domain.Applications;

namespace Recruitment.Cli.Commands;

/// <summary>
/// <c>generate-marks --campaign YEAR --output FILE [--seed S] [--layout long|wide]</c>: writes a marks file for every
/// eligible, submitted application of a campaign, in every subject of its track, for demonstrations and measurements.
/// </summary>
internal sealed class GenerateMarksCommand(IReadOnlyDictionary<string, string?>? configuration = null) : ICommand
{
    public string Name => "generate-marks";

    public string Summary => "Writes a marks file for every eligible, submitted application of a campaign; the same seed gives the same file.";

    public IReadOnlyList<Option> Options { get; } =
    [
        new("campaign", "YEAR", "the campaign whose applications get marks", Required: true),
        new("output", "FILE", "where to write the marks (CSV)", Required: true),
        new("seed", "S", "seed of the random marks (42 when omitted)"),
        new("layout", "long|wide", "one mark per line (long, the default) or one column per subject (wide)"),
    ];

    public int Execute(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var year = arguments.Integer("campaign", Domain.Campaigns.Campaign.MinYear, Domain.Campaigns.Campaign.MaxYear);
        var output = arguments.Value("output");
        var seed = arguments.Has("seed") ? arguments.Long("seed") : 42;
        var layout = arguments.Has("layout") ? arguments.Value("layout") : "long";
        if (layout is not ("long" or "wide"))
        {
            throw new UsageException($"Option --layout is long or wide, not '{layout}'.");
        }

        AtomicFile.CheckFolderExists(output);
        var (applications, marks) = GenerateAsync(year, seed, layout == "wide", output).GetAwaiter().GetResult();
        stdout.WriteLine(FormattableString.Invariant($"Wrote {output}: {marks} marks for {applications} applications of campaign {year}."));
        return ExitCodes.Success;
    }

    private async Task<(int Applications, int Marks)> GenerateAsync(int year, long seed, bool wide, string output)
    {
        await using var host = await CliHost.StartAsync(configuration, CancellationToken.None);
        var applications = await host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<IApplicationDbContext>();
            var campaignId = await db.Campaigns.Where(c => c.Year == year).Select(c => (int?)c.Id).SingleOrDefaultAsync()
                ?? throw new InvalidInputException($"There is no campaign {year}.");
            var subjects = await db.Tracks.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Subjects.Select(s => s.Code).ToArray());
            var found = await db.Applications.AsNoTracking()
                .Where(a => a.CampaignId == campaignId && a.Status == ApplicationStatus.Submitted && a.Eligibility == Eligibility.Eligible && a.Studies != null)
                .OrderBy(a => a.Number)
                .Select(a => new { a.Number, a.Studies!.TrackId })
                .ToListAsync();
            return found.Select(a => (a.Number, Subjects: subjects[a.TrackId])).ToList();
        });

        var random = new SplitMix64(seed);
        var text = new StringBuilder();
        var marks = 0;
        var columns = applications.SelectMany(a => a.Subjects).Distinct(StringComparer.Ordinal).ToArray();
        text.Append(wide ? $"application;{string.Join(';', columns)}\n" : "application;subject;mark\n");
        foreach (var (number, subjects) in applications)
        {
            if (wide)
            {
                text.Append(number);
                foreach (var column in columns)
                {
                    text.Append(';');
                    if (subjects.Contains(column))
                    {
                        text.Append(Mark(random));
                        marks++;
                    }
                }

                text.Append('\n');
                continue;
            }

            foreach (var subject in subjects)
            {
                text.Append(number).Append(';').Append(subject).Append(';').Append(Mark(random)).Append('\n');
                marks++;
            }
        }

        AtomicFile.Write(output, stream => stream.Write(Encoding.UTF8.GetBytes(text.ToString())));
        return (applications.Count, marks);
    }

    /// <summary>A mark around 11 with a spread of 3.5, in quarter points from 0 to 20, written the French way (12,25).</summary>
    private static string Mark(SplitMix64 random)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var quarters = Math.Clamp((int)Math.Round((11 + (3.5 * normal)) * 4), 0, 80);
        return (quarters / 4m).ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
    }
}

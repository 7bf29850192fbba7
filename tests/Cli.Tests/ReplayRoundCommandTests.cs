using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Security;
using Recruitment.Application.Rounds.OpenRound;
using Recruitment.Cli.Commands;
using Recruitment.Cli.Database;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Cli.Tests;

/// <summary>replay-round on a database of its own holding one round computed by the application.</summary>
public sealed class ReplayRoundCommandTests : IAsyncLifetime
{
    private const int Year = 2045;
    private readonly TempFolder _folder = new();

    private IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Storage:DataFolder"] = _folder.Path,
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Recruitment"] = string.Empty,
        ["Demo:Seed"] = "false",
    };

    public async ValueTask InitializeAsync()
    {
        await using var host = await CliHost.StartAsync(Configuration, CancellationToken.None);
        await host.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var now = DateTimeOffset.UtcNow;
            var during = now.AddDays(-40);
            var campaign = Campaign.Create(Year, $"Concours {Year}", new CampaignCalendar(now.AddDays(-60), now.AddDays(-30), now.AddDays(-1), []));
            var track = await db.Tracks.SingleAsync(t => t.Code == "MP");
            var programs = await db.Programs.Where(p => p.Code == "TN-ING" || p.Code == "MN-ICM").ToListAsync();
            foreach (var program in programs)
            {
                campaign.SetSeats(program, ProgramStatus.Student, track, 2);
            }

            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            var options = programs.Select(p => new WishChoice(p.Id, ProgramStatus.Student)).ToHashSet();
            var files = new List<ApplicationFile>();
            for (var i = 0; i < 5; i++)
            {
                var email = $"replay-{i}@example.org";
                var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
                await users.CreateAsync(user);
                await users.AddToRoleAsync(user, Roles.Applicant);
                var file = ApplicationFile.Create(campaign, user.Id, email, $"{Year}-R{i}", during);
                file.UpdateIdentity(new PersonalIdentity("Jeanne", "Candidate", new DateOnly(2006, 1, 2), "FR", Sex.Female, null), 0, campaign, during);
                file.UpdateContact(new ContactDetails("+33 3 83 00 00 00", "1 rue Stanislas", "54000", "Nancy", "FR"), 0, campaign, during);
                file.UpdateStudies(new PreviousStudies(track.Id, "Lycée", "CPGE", 2026), options, 0, campaign, during);
                file.SetScholarship(false, 0, campaign, during);
                file.SetWishes([.. (i % 2 == 0 ? options : options.Reverse())], options, 0, campaign, during);
                file.AddDocument(DocumentKind.IdentityDocument, "id.pdf", "application/pdf", 10, "k1", null, campaign, during);
                file.AddDocument(DocumentKind.Transcript, "notes.pdf", "application/pdf", 10, "k2", null, campaign, during);
                file.Submit(campaign, during);
                file.DecideEligibility(true, null, "Officer", during);
                db.Applications.Add(file);
                files.Add(file);
            }

            await db.SaveChangesAsync();
            var candidates = files.Select((f, i) => new RankingCandidate(f.Number, [new KeyValuePair<string, Mark>("MATH", Mark.FromHundredths(2000 - (i * 50)))])).ToList();
            var result = MeritRanking.Compute(new RankingRules(Year, "MP", [new SubjectCoefficient("MATH", 1)], 0, []), candidates, "replay");
            var version = RankingVersion.Create(campaign.Id, track.Id, 1, result, null, "one", "Officer One", now);
            db.RankingVersions.Add(version);
            await db.SaveChangesAsync();
            db.RankingEntries.AddRange(RankingEntry.Of(version.Id, result, files.ToDictionary(f => f.Number, f => f.Id), candidates));
            version.Publish("two", "Officer Two", version.Sha256, now);
            await db.SaveChangesAsync();
            return 0;
        });
        await host.SendAsync(new OpenRoundCommand(Year, DateTimeOffset.UtcNow.AddDays(3)), CancellationToken.None);
    }

    [Fact]
    public void A_stored_round_replays_to_the_same_output()
    {
        var run = Cli.Run([new ReplayRoundCommand(Configuration)], ["replay-round", "--campaign", $"{Year}", "--round", "1"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The replay gives the same output, byte for byte.", run.Out, StringComparison.Ordinal);
        Assert.Contains("computed by deferred-acceptance/1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_output_hash_that_was_altered_fails_the_replay_with_exit_code_3()
    {
        await using (var host = await CliHost.StartAsync(Configuration, CancellationToken.None))
        {
            await host.WithScopeAsync(services => services.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
                "UPDATE AllocationRounds SET OutputSha256 = '0000000000000000000000000000000000000000000000000000000000000000'"));
        }

        var run = Cli.Run([new ReplayRoundCommand(Configuration)], ["replay-round", "--campaign", $"{Year}", "--round", "1"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("The replay does NOT give the stored output.", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Output", "stored ")]
    [InlineData("Input", "input ")]
    public async Task Stored_bytes_that_no_longer_have_their_recorded_hash_fail_the_replay_with_exit_code_3(string column, string line)
    {
        await using (var host = await CliHost.StartAsync(Configuration, CancellationToken.None))
        {
            // A valid instance and result, but not the bytes that were hashed when the round was opened.
            var bytes = System.Text.Encoding.UTF8.GetBytes(column == "Input"
                ? "{\"rankings\":{},\"pools\":[],\"candidates\":[]}"
                : "{\"assignments\":[],\"pools\":[]}");
            await host.WithScopeAsync(services =>
            {
                var database = services.GetRequiredService<AppDbContext>().Database;
                return column == "Input"
                    ? database.ExecuteSqlAsync($"UPDATE AllocationRounds SET Input = {bytes}")
                    : database.ExecuteSqlAsync($"UPDATE AllocationRounds SET Output = {bytes}");
            });
        }

        var run = Cli.Run([new ReplayRoundCommand(Configuration)], ["replay-round", "--campaign", $"{Year}", "--round", "1"]);

        Assert.Equal(3, run.ExitCode);
        var altered = run.Out.Split('\n').Single(l => l.TrimStart().StartsWith(line, StringComparison.Ordinal));
        Assert.Contains("(ALTERED: its bytes no longer have this hash)", altered, StringComparison.Ordinal);
        Assert.Contains("The replay does NOT give the stored output.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_round_is_invalid_input()
    {
        var run = Cli.Run([new ReplayRoundCommand(Configuration)], ["replay-round", "--campaign", $"{Year}", "--round", "7"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Round '7' was not found.", run.Error, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

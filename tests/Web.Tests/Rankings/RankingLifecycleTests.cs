using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Rankings;
using Recruitment.Application.Rankings.GetRankingDifferences;
using Recruitment.Application.Rankings.GetRankingPage;
using Recruitment.Application.Rankings.GetRankingStatistics;
using Recruitment.Domain.Common;
using Recruitment.Domain.Rankings;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Rankings.RankingSupport;

namespace Recruitment.Web.Tests.Rankings;

/// <summary>Rules, computation, approval by a second officer, export, corrections and the officers' views, through the API.</summary>
public sealed class RankingLifecycleTests(RankingApp app) : IClassFixture<RankingApp>
{
    private const string Seed = "Concours 2027 MP";

    private static Candidate Mp(string math, string phys, string info, string? email = null) =>
        new(Email: email, Marks: [("MATH", math), ("PHYS", phys), ("INFO", info)]);

    /// <summary>A closed campaign with MP rules and candidates with these marks; returns the year, numbers and an officer.</summary>
    private async Task<(int Year, IReadOnlyList<string> Numbers, HttpClient Officer)> ReadyAsync(params Candidate[] candidates)
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, candidates);
        await app.CloseRegistrationAsync(year);
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        await officer.ConfigureMpAsync(year);
        return (year, numbers, officer);
    }

    [Fact]
    public async Task Two_first_computations_saved_at_the_same_moment_keep_one_version_and_refuse_the_other_clearly()
    {
        var (year, _, _) = await ReadyAsync(Mp("12", "12", "12"), Mp("14", "10", "9"));
        using var firstScope = app.Services.CreateScope();
        using var secondScope = app.Services.CreateScope();

        // Both read "no version yet" before either saves, as two officers clicking Compute together do.
        var first = await ComputedAsync(firstScope, year, "first seed");
        var second = await ComputedAsync(secondScope, year, "second seed");
        await RankingComputation.SaveAsync(first.Db, first.Version, first.Result, first.Candidates, first.Ids, Ct);
        var refused = await Assert.ThrowsAsync<DomainException>(() => RankingComputation.SaveAsync(second.Db, second.Version, second.Result, second.Candidates, second.Ids, Ct));

        Assert.Equal("Another officer saved a version of this ranking at the same moment; nothing was saved. Reload the page to see it.", refused.Message);
        using var check = app.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var campaignId = await db.Campaigns.Where(c => c.Year == year).Select(c => c.Id).SingleAsync(Ct);
        var versions = await db.RankingVersions.Where(v => v.CampaignId == campaignId).Select(v => new { v.Id, v.Seed }).ToListAsync(Ct);
        Assert.Equal("first seed", Assert.Single(versions).Seed);
        Assert.Equal(2, await db.RankingEntries.CountAsync(e => e.RankingVersionId == versions[0].Id, Ct));
    }

    private static async Task<(AppDbContext Db, RankingVersion Version, MeritRankingResult Result, IReadOnlyList<RankingCandidate> Candidates, IReadOnlyDictionary<string, int> Ids)> ComputedAsync(
        IServiceScope scope, int year, string seed)
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var campaign = await db.Campaigns.AsNoTracking().SingleAsync(c => c.Year == year, Ct);
        var track = await db.Tracks.AsNoTracking().SingleAsync(t => t.Code == "MP", Ct);
        var officer = await db.Users.AsNoTracking().SingleAsync(u => u.Email == RecruitmentApp.OfficerEmail, Ct);
        var settings = await db.RankingSettings.AsNoTracking().SingleAsync(s => s.CampaignId == campaign.Id && s.TrackId == track.Id, Ct);
        var rules = settings.ToRules(year, "MP");
        var (candidates, ids) = await RankingComputation.CandidatesAsync(db, campaign.Id, track.Id, rules, Ct);
        var result = MeritRanking.Compute(rules, candidates, seed);
        var version = RankingVersion.Create(campaign.Id, track.Id, 1, result, null, officer.Id, officer.DisplayName, DateTimeOffset.UtcNow);
        db.RankingVersions.Add(version);
        return (db, version, result, candidates, ids);
    }

    [Fact]
    public async Task Computing_while_registration_is_open_is_refused_and_changes_nothing()
    {
        var year = await app.NewCampaignAsync();
        await app.SeedAsync(year, Mp("12", "12", "12"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        await officer.ConfigureMpAsync(year);
        var before = await app.CountAsync();

        var problem = await Problem.ReadAsync(await officer.ComputeAsync(year, "MP", Seed));

        Assert.Equal(409, problem.Status);
        Assert.Equal("Registration is still open: the lottery seed is entered, and the ranking computed, once registration has closed.", problem.Detail);
        Assert.Equal(before, await app.CountAsync());
    }

    [Fact]
    public async Task Computing_without_rules_or_with_a_bad_seed_is_refused()
    {
        var year = await app.NewCampaignAsync();
        await app.CloseRegistrationAsync(year);
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var noRules = await Problem.ReadAsync(await officer.ComputeAsync(year, "PC", Seed));
        var badSeed = await Problem.ReadAsync(await officer.ComputeAsync(year, "PC", " tirage é "));

        Assert.Equal((409, "Set the ranking rules of PC before computing its ranking."), (noRules.Status, noRules.Detail));
        Assert.Equal(400, badSeed.Status);
        Assert.Contains("Seed", badSeed.Errors.Keys);
    }

    [Fact]
    public async Task The_officer_who_computed_a_ranking_cannot_publish_it_and_a_second_officer_does()
    {
        var (year, _, officer) = await ReadyAsync(Mp("15", "12", "9"), Mp("10", "10", "10"), Mp("8", "8", "8"));
        var computed = await officer.ComputeAsync(year, "MP", Seed).ReadAsync<RankingVersionDto>();
        var second = await app.ApiAsync(RankingApp.SecondOfficerEmail);

        var refused = await Problem.ReadAsync(await officer.PublishAsync(year, "MP", 1, computed.Sha256));
        var stillComputed = (await officer.GetFromJsonAsync<List<RankingVersionDto>>($"/api/campaigns/{year}/rankings/MP/versions", Json, Ct))!.Single();
        var published = await second.PublishAsync(year, "MP", 1, computed.Sha256).ReadAsync<RankingVersionDto>();

        Assert.Equal(409, refused.Status);
        Assert.Equal("You computed this version of the ranking: another officer must approve it.", refused.Detail);
        Assert.Equal(RankingStatus.Computed, stillComputed.Status);
        Assert.True(computed.ComputedByMe);
        Assert.Equal((RankingStatus.Published, "Odile Gestionnaire", "Olivier Gestionnaire"), (published.Status, published.ApprovedBy, published.ComputedBy));
        Assert.Equal((2, 1, 0), (published.Ranked, published.NotAdmissible, published.MissingMarks));
    }

    [Fact]
    public async Task A_ranking_can_be_computed_again_until_it_is_published_then_computing_is_refused()
    {
        var (year, _, officer) = await ReadyAsync(Mp("14", "14", "14"), Mp("14", "14", "14"), Mp("14", "14", "14"));
        var first = await officer.ComputeAsync(year, "MP", "first seed").ReadAsync<RankingVersionDto>();
        var again = await officer.ComputeAsync(year, "MP", Seed).ReadAsync<RankingVersionDto>();
        var second = await app.ApiAsync(RankingApp.SecondOfficerEmail);

        var staleApproval = await Problem.ReadAsync(await second.PublishAsync(year, "MP", 1, first.Sha256));
        await second.PublishAsync(year, "MP", 1, again.Sha256).ReadAsync<RankingVersionDto>();
        var before = await app.CountAsync();
        var refused = await Problem.ReadAsync(await officer.ComputeAsync(year, "MP", "another seed"));

        Assert.Equal((1, 1), (first.Number, again.Number));
        Assert.NotEqual(first.Sha256, again.Sha256);
        Assert.Equal("The ranking was computed again since you looked at it: check the new version before approving it.", staleApproval.Detail);
        Assert.Equal(409, refused.Status);
        Assert.Equal("The ranking of MP is published and can no longer be computed again: a correction, with its reason, makes a new version.", refused.Detail);
        Assert.Equal(before, await app.CountAsync());
    }

    [Fact]
    public async Task The_export_is_the_canonical_text_whose_SHA_256_is_the_published_hash()
    {
        var (year, numbers, officer) = await ReadyAsync(Mp("15", "12", "9"), Mp("12", "16", "9"), Mp("10", "10", "10"), Mp("9", "8", "11"));
        var computed = await officer.ComputeAsync(year, "MP", Seed).ReadAsync<RankingVersionDto>();
        var notYet = await officer.GetAsync($"/api/campaigns/{year}/rankings/MP/versions/1/export.csv", Ct);
        await (await app.ApiAsync(RankingApp.SecondOfficerEmail)).PublishAsync(year, "MP", 1, computed.Sha256).ReadAsync<RankingVersionDto>();

        var response = await officer.GetAsync($"/api/campaigns/{year}/rankings/MP/export.csv", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(computed.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(computed.Sha256, response.Headers.GetValues("X-Ranking-SHA256").Single());
        Assert.Equal($"ranking-{year}-MP-v1-{computed.Sha256}.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(
            $"recruitment-ranking 1\ncampaign={year}\ntrack=MP\nsubjects=INFO:2.00,MATH:4.00,PHYS:3.00\nbar=10.00\ntie-break=MATH,PHYS,lottery\nseed={Seed}\n"
            + $"ranked=3\nnot-admissible=1\nmissing-marks=0\nrank;application;score;separated-by\n"
            + $"1;{numbers[0]};12.6667;\n2;{numbers[1]};12.6667;tie-break:MATH\n3;{numbers[2]};10.0000;score\n",
            Encoding.ASCII.GetString(bytes));
    }

    [Fact]
    public async Task A_correction_makes_version_2_with_its_reason_and_the_differences_and_every_version_is_kept()
    {
        var (year, numbers, officer) = await ReadyAsync(Mp("15", "12", "9"), Mp("10", "10", "10"), Mp("9", "8", "11"));
        var v1 = await officer.ComputeAsync(year, "MP", Seed).ReadAsync<RankingVersionDto>();
        var second = await app.ApiAsync(RankingApp.SecondOfficerEmail);
        await second.PublishAsync(year, "MP", 1, v1.Sha256).ReadAsync<RankingVersionDto>();
        await officer.PutAsJsonAsync($"/api/applications/{numbers[2]}/marks/MATH", new { mark = "17" }, Json, Ct).ReadAsync<JsonElement>();

        var noReason = await Problem.ReadAsync(await officer.CorrectAsync(year, "MP", " "));
        var v2 = await officer.CorrectAsync(year, "MP", "MATH mark of the third candidate misread").ReadAsync<RankingVersionDto>();
        var differences = await officer.GetFromJsonAsync<RankingDifferencesDto>($"/api/campaigns/{year}/rankings/MP/versions/2/differences", Json, Ct);
        await second.PublishAsync(year, "MP", 2, v2.Sha256).ReadAsync<RankingVersionDto>();
        var versions = await officer.GetFromJsonAsync<List<RankingVersionDto>>($"/api/campaigns/{year}/rankings/MP/versions", Json, Ct);
        var oldExport = await officer.GetByteArrayAsync($"/api/campaigns/{year}/rankings/MP/versions/1/export.csv", Ct);

        Assert.Equal(400, noReason.Status);
        Assert.Equal((2, RankingStatus.Computed, "MATH mark of the third candidate misread", v1.Seed), (v2.Number, v2.Status, v2.Reason, v2.Seed));
        Assert.Equal((2, 1), (differences!.Version, differences.Previous));
        Assert.Equal(
            [
                new RankingDifference(numbers[2], RankingChange.Entered, null, 1, null, 12.6667m),
                new RankingDifference(numbers[0], RankingChange.Changed, 1, 2, 12.6667m, 12.6667m),
                new RankingDifference(numbers[1], RankingChange.Changed, 2, 3, 10m, 10m),
            ],
            differences.Differences);
        Assert.Equal([(2, RankingStatus.Published), (1, RankingStatus.Superseded)], versions!.Select(v => (v.Number, v.Status)));
        Assert.Equal(v1.Sha256, Convert.ToHexStringLower(SHA256.HashData(oldExport)));
        Assert.NotEqual(v1.Sha256, v2.Sha256);
    }

    [Fact]
    public async Task The_ranking_is_paged_and_searched_and_lists_those_under_the_bar_and_those_with_missing_marks()
    {
        var (year, numbers, officer) = await ReadyAsync(
            Mp("15", "12", "9"), Mp("12", "16", "9"), Mp("14", "14", "14"), Mp("10", "10", "10"), Mp("9", "8", "11"), new Candidate(Marks: [("MATH", "13"), ("PHYS", "11")]));
        await officer.ComputeAsync(year, "MP", Seed).ReadAsync<RankingVersionDto>();
        var url = $"/api/campaigns/{year}/rankings/MP/versions/1";

        var page2 = await officer.GetFromJsonAsync<RankingPageDto>($"{url}?pageSize=2&page=2", Json, Ct);
        var found = await officer.GetFromJsonAsync<RankingPageDto>($"{url}?search={numbers[3]}", Json, Ct);
        var byName = await officer.GetFromJsonAsync<RankingPageDto>($"{url}?search=camille%20Candidat{numbers[1][^3..]}", Json, Ct);
        var under = await officer.GetFromJsonAsync<RankingPageDto>($"{url}?list=NotAdmissible", Json, Ct);
        var missing = await officer.GetFromJsonAsync<RankingPageDto>($"{url}?list=MissingMarks", Json, Ct);

        Assert.Equal((4, 2, 2), (page2!.Total, page2.Pages, page2.Items.Count));
        Assert.Equal([(3, numbers[1], "tie-break:MATH"), (4, numbers[3], "score")], page2.Items.Select(i => (i.Rank!.Value, i.Number, i.SeparatedBy!)));
        Assert.Equal("MATH:10.00,PHYS:10.00,INFO:10.00", found!.Items.Single().Marks);
        Assert.Equal(numbers[1], byName!.Items.Single().Number);
        Assert.Equal((numbers[4], 9.1111m), (under!.Items.Single().Number, under.Items.Single().Score!.Value));
        Assert.Equal((numbers[5], "INFO"), (missing!.Items.Single().Number, missing.Items.Single().MissingSubjects));
    }

    [Fact]
    public async Task Statistics_and_the_chart_describe_the_scores()
    {
        var (year, _, officer) = await ReadyAsync(Mp("15", "12", "9"), Mp("10", "10", "10"), Mp("9", "8", "11"), new Candidate(Marks: [("MATH", "13")]));
        await officer.ComputeAsync(year, "MP", Seed).ReadAsync<RankingVersionDto>();

        var statistics = await officer.GetFromJsonAsync<RankingStatisticsDto>($"/api/campaigns/{year}/rankings/MP/versions/1/statistics", Json, Ct);
        var chart = await officer.GetAsync($"/api/campaigns/{year}/rankings/MP/versions/1/chart.png", Ct);

        var figures = statistics!.Statistics;
        Assert.Equal((2, 1, 1, 10m, 12.6667m), (figures.Ranked, figures.NotAdmissible, figures.MissingMarks, figures.Minimum!.Value, figures.Maximum!.Value));
        Assert.Equal((1, 0), (figures.Histogram[12].Ranked, figures.Histogram[12].NotAdmissible));
        Assert.Equal(1, figures.Histogram[9].NotAdmissible);
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await chart.Content.ReadAsByteArrayAsync(Ct))[..4]);
    }

    [Fact]
    public async Task Rules_are_refused_field_by_field()
    {
        var year = await app.NewCampaignAsync();
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var before = await app.CountAsync();

        var zero = await Problem.ReadAsync(await officer.ConfigureAsync(year, "MP", new[] { new { subject = "MATH", coefficient = 0 }, new { subject = "PHYS", coefficient = 0 } }, 10));
        var bar = await Problem.ReadAsync(await officer.ConfigureAsync(year, "MP", new[] { new { subject = "MATH", coefficient = 1 } }, 21));
        var chain = await Problem.ReadAsync(await officer.ConfigureAsync(year, "MP", new[] { new { subject = "MATH", coefficient = 1 }, new { subject = "BIO", coefficient = 1 } }, 10, "PHYS", "MATH", "MATH"));

        Assert.Equal(["At least one subject must have a coefficient above 0: with every coefficient at 0 there is no score."], zero.Errors["Subjects"]);
        Assert.Equal(["The admissibility bar must be from 0 to 20."], bar.Errors["AdmissibilityBar"]);
        Assert.Equal(["BIO is not a subject of track MP."], chain.Errors["Subjects[1].Subject"]);
        Assert.Equal(["Tie-break subject PHYS is not a subject of the ranking."], chain.Errors["TieBreakChain[0]"]);
        Assert.Equal(["Tie-break subject MATH is already earlier in the chain."], chain.Errors["TieBreakChain[2]"]);
        Assert.Equal(before, await app.CountAsync());
        Assert.False((await officer.GetFromJsonAsync<JsonElement>($"/api/campaigns/{year}/rankings/MP/settings", Json, Ct)).GetProperty("configured").GetBoolean());
    }

    [Fact]
    public async Task Directors_are_refused_the_rankings_and_marks()
    {
        var year = await app.NewCampaignAsync();
        var director = await app.ApiAsync(RecruitmentApp.DirectorEmail);

        var overview = await director.GetAsync($"/api/campaigns/{year}/rankings", Ct);
        var compute = await director.ComputeAsync(year, "MP", Seed);
        var marks = await director.GetAsync($"/api/applications/{year}-X/marks", Ct);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [overview.StatusCode, compute.StatusCode, marks.StatusCode]);
    }
}

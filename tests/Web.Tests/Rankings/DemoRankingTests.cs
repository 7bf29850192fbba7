using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Rankings.GetRankingOverview;
using Recruitment.Application.Rounds.GetRounds;
using Recruitment.Application.Rounds.ReplayRound;
using Recruitment.Domain.Rounds;
using Recruitment.Domain.Rankings;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Rankings.RankingSupport;

namespace Recruitment.Web.Tests.Rankings;

/// <summary>The demo applicants, with their marks, a published ranking per track and a first round of offers.</summary>
public sealed class DemoApp : RecruitmentApp
{
    protected override int DemoApplicants => 40;
}

public sealed class DemoRankingTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Every_track_of_the_demo_campaign_has_a_ranking_computed_by_one_officer_and_published_by_another()
    {
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var overview = await officer.GetFromJsonAsync<RankingOverviewDto>("/api/campaigns/" + await YearAsync() + "/rankings", Json, Ct);

        Assert.All(overview!.Tracks, t => Assert.True(t.Configured, t.Track));
        Assert.All(overview.Tracks, t => Assert.Equal(1, t.PublishedVersion));
        Assert.Contains(overview.Tracks, t => t.Candidates > 0 && t.Marks > 0);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var versions = await db.RankingVersions.Select(v => new { v.ComputedByName, v.ApprovedByName, v.Status }).ToListAsync(Ct);
        Assert.All(versions, v => Assert.Equal(("Olivier Gestionnaire", "Odile Gestionnaire", RankingStatus.Published), (v.ComputedByName, v.ApprovedByName!, v.Status)));
    }

    [Fact]
    public async Task The_demo_campaign_has_its_first_round_open_with_offers_that_a_replay_confirms()
    {
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var year = await YearAsync();

        var rounds = await officer.GetFromJsonAsync<List<RoundDto>>($"/api/campaigns/{year}/rounds", Json, Ct);
        var replay = await officer.GetFromJsonAsync<ReplayResult>($"/api/campaigns/{year}/rounds/1/replay", Json, Ct);

        var round = Assert.Single(rounds!);
        Assert.Equal((1, RoundStatus.Open, "Olivier Gestionnaire"), (round.Number, round.Status, round.OpenedBy));
        Assert.True(round.Answers.GetValueOrDefault(OfferAnswer.Pending) > 0, "the demo round makes offers");
        Assert.Equal(round.Answers.GetValueOrDefault(OfferAnswer.Pending), round.Pools.Sum(p => p.Offers));
        Assert.True(replay!.Same, $"stored {replay.StoredOutputSha256}, replayed {replay.ReplayedOutputSha256}");
    }

    private async Task<int> YearAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Campaigns.MaxAsync(c => c.Year, Ct);
    }
}

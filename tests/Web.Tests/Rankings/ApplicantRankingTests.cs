using System.Net;
using System.Net.Http.Json;
using Recruitment.Application.Rankings;
using Recruitment.Application.Rankings.GetApplicationRanking;
using Recruitment.Domain.Rankings;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Rankings.RankingSupport;

namespace Recruitment.Web.Tests.Rankings;

/// <summary>An applicant sees nothing of a ranking before its publication, and only their own result afterwards.</summary>
public sealed class ApplicantRankingTests(RankingApp app) : IClassFixture<RankingApp>
{
    [Fact]
    public async Task An_applicant_sees_nothing_before_publication_then_only_their_own_marks_score_and_rank()
    {
        var year = await app.NewCampaignAsync();
        var mine = $"mine-{Guid.NewGuid():N}@example.org";
        var theirs = $"theirs-{Guid.NewGuid():N}@example.org";
        var numbers = await app.SeedAsync(
            year,
            new Candidate(Email: mine, Marks: [("MATH", "12"), ("PHYS", "16"), ("INFO", "9")]),
            new Candidate(Email: theirs, Marks: [("MATH", "15"), ("PHYS", "12"), ("INFO", "9")]),
            new Candidate(Marks: [("MATH", "8")]));
        await app.CloseRegistrationAsync(year);
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        await officer.ConfigureMpAsync(year);
        var computed = await officer.ComputeAsync(year, "MP", "Concours MP").ReadAsync<RankingVersionDto>();
        var applicant = await app.ApiAsync(mine);

        var beforeMe = await applicant.GetAsync("/api/me/ranking", Ct);
        var beforeNumber = await applicant.GetAsync($"/api/applications/{numbers[0]}/ranking", Ct);
        await (await app.ApiAsync(RankingApp.SecondOfficerEmail)).PublishAsync(year, "MP", 1, computed.Sha256).ReadAsync<RankingVersionDto>();
        var result = await applicant.GetFromJsonAsync<ApplicationRankingDto>("/api/me/ranking", Json, Ct);
        var byNumber = await applicant.GetFromJsonAsync<ApplicationRankingDto>($"/api/applications/{numbers[0]}/ranking", Json, Ct);
        var other = await applicant.GetAsync($"/api/applications/{numbers[1]}/ranking", Ct);
        var unknown = await applicant.GetAsync($"/api/applications/{year}-NOPE/ranking", Ct);

        Assert.Equal(HttpStatusCode.NotFound, beforeMe.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforeNumber.StatusCode);
        Assert.Equal((numbers[0], RankingOutcome.Ranked, 2, 2, 12.6667m, 10m, 1), (result!.Number, result.Outcome, result.Rank!.Value, result.RankedCount, result.Score!.Value, result.AdmissibilityBar, result.Version));
        Assert.Equal(computed.Sha256, result.Sha256);
        Assert.Equal(
            [new SubjectResultDto("MATH", "Mathématiques", 4m, 12m), new SubjectResultDto("PHYS", "Physique", 3m, 16m), new SubjectResultDto("INFO", "Informatique", 2m, 9m)],
            result.Marks);
        Assert.Equal(result with { Marks = [] }, byNumber! with { Marks = [] });
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_candidate_with_missing_marks_is_told_which_ones_and_has_no_rank()
    {
        var year = await app.NewCampaignAsync();
        var email = $"missing-{Guid.NewGuid():N}@example.org";
        await app.SeedAsync(year, new Candidate(Email: email, Marks: [("MATH", "12")]), new Candidate(Marks: [("MATH", "12"), ("PHYS", "12"), ("INFO", "12")]));
        await app.CloseRegistrationAsync(year);
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        await officer.ConfigureMpAsync(year);
        var computed = await officer.ComputeAsync(year, "MP", "Concours MP").ReadAsync<RankingVersionDto>();
        await (await app.ApiAsync(RankingApp.SecondOfficerEmail)).PublishAsync(year, "MP", 1, computed.Sha256).ReadAsync<RankingVersionDto>();

        var result = await (await app.ApiAsync(email)).GetFromJsonAsync<ApplicationRankingDto>("/api/me/ranking", Json, Ct);

        Assert.Equal((RankingOutcome.MissingMarks, (int?)null, (decimal?)null), (result!.Outcome, result.Rank, result.Score));
        Assert.Equal([12m, null, null], result.Marks.Select(m => m.Mark));
    }

    [Fact]
    public async Task A_director_is_refused_an_application_result()
    {
        var director = await app.ApiAsync(RecruitmentApp.DirectorEmail);

        var response = await director.GetAsync("/api/applications/2001-R000001/ranking", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

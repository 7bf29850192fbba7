using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Globalization;
using System.Text.Json;
using Recruitment.Web.Tests.Applicant;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Rounds;

/// <summary>
/// Three rounds on the worked example's wishes (merit A > B > C > D > E > F; P1 one seat, P2 two, P3 one), with every
/// kind of answer, through the API, on a clock the test moves.
/// </summary>
public sealed class RoundTests : IDisposable
{
    private const string P1 = "TN-ING";
    private const string P2 = "MN-ICM";
    private const string P3 = "TPS-PHY";
    private readonly ClockedApp app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => app.Dispose();

    private Task<RoundScenario> ScenarioAsync(int year, bool noAnswerKeepsOffer = false) => RoundScenario.CreateAsync(
        app,
        year,
        [(P1, 1), (P2, 2), (P3, 1)],
        [
            ("A", [P1, P2, P3]),
            ("B", [P1, P3]),
            ("C", [P2, P1]),
            ("D", [P1, P2, P3]),
            ("E", [P3, P2]),
            ("F", [P2, P3, P1]),
        ],
        noAnswerKeepsOffer);

    private async Task<JsonElement> OpenAsync(HttpClient officer, int year)
    {
        var response = await officer.PostAsJsonAsync($"/api/campaigns/{year}/rounds", new { answersDueAt = app.Clock.GetUtcNow().AddDays(3) }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<HttpClient> CandidateAsync(RoundScenario scenario, string name) => await app.StaffAsync(scenario.Emails[name]);

    private static async Task<JsonElement> AllocationAsync(HttpClient client, RoundScenario scenario, string name) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/applications/{scenario.Numbers[name]}/allocation", Ct);

    private async Task AnswerAsync(RoundScenario scenario, string name, string answer)
    {
        var client = await CandidateAsync(scenario, name);
        var response = await client.PostAsJsonAsync($"/api/applications/{scenario.Numbers[name]}/allocation/answer", new { answer }, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{name} {answer}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private async Task<HttpClient> CloseAsync(int year)
    {
        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);
        var closed = await officer.PostAsync($"/api/campaigns/{year}/rounds/close", null, Ct);
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync(Ct));
        return officer;
    }

    private static async Task<Dictionary<string, string?>> OffersAsync(HttpClient client, RoundScenario scenario)
    {
        var offers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in scenario.Numbers.Keys)
        {
            var response = await client.GetAsync($"/api/applications/{scenario.Numbers[name]}/allocation", Ct);
            offers[name] = response.StatusCode == HttpStatusCode.OK
                ? (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("offer").GetString()
                : null;
        }

        return offers;
    }

    [Fact]
    public async Task Answers_shape_the_next_rounds_and_every_round_replays_to_the_same_bytes()
    {
        var scenario = await ScenarioAsync(2040);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);

        // Round 1: deferred acceptance on the submitted wishes.
        var first = await OpenAsync(officer, 2040);
        Assert.Equal(4, first.GetProperty("offers").GetInt32());
        Assert.Equal(
            new Dictionary<string, string?> { ["A"] = RoundScenario.Pool(P1), ["B"] = RoundScenario.Pool(P3), ["C"] = RoundScenario.Pool(P2), ["D"] = RoundScenario.Pool(P2), ["E"] = null, ["F"] = null },
            await OffersAsync(officer, scenario));
        var e = await AllocationAsync(await CandidateAsync(scenario, "E"), scenario, "E");
        Assert.Equal(
            [$"{RoundScenario.Pool(P3)} full 2 5", $"{RoundScenario.Pool(P2)} full 4 5"],
            e.GetProperty("explanation").EnumerateArray().Select(x => $"{x.GetProperty("pool").GetString()} full {x.GetProperty("lastAdmittedRank").GetInt32()} {x.GetProperty("rank").GetInt32()}"));

        await AnswerAsync(scenario, "A", "Resign");
        await AnswerAsync(scenario, "B", "DeclineWaiting");
        await AnswerAsync(scenario, "C", "AcceptFinal");
        await AnswerAsync(scenario, "D", "AcceptWaiting");
        officer = await CloseAsync(2040);

        // Round 2: A's seat goes to B (who dropped P3), D keeps the seat held, E gets the P3 that B dropped.
        await OpenAsync(officer, 2040);
        Assert.Equal(
            new Dictionary<string, string?> { ["A"] = null, ["B"] = RoundScenario.Pool(P1), ["C"] = RoundScenario.Pool(P2), ["D"] = RoundScenario.Pool(P2), ["E"] = RoundScenario.Pool(P3), ["F"] = null },
            await OffersAsync(officer, scenario));
        var b = await AllocationAsync(await CandidateAsync(scenario, "B"), scenario, "B");
        Assert.Equal([RoundScenario.Pool(P1)], b.GetProperty("wishesInPlay").EnumerateArray().Select(w => w.GetString()));
        var d = await AllocationAsync(await CandidateAsync(scenario, "D"), scenario, "D");
        Assert.False(d.GetProperty("canAnswer").GetBoolean());
        Assert.Equal(RoundScenario.Pool(P2), d.GetProperty("heldPool").GetString());
        var a = await AllocationAsync(await CandidateAsync(scenario, "A"), scenario, "A");
        Assert.Equal("Resigned", a.GetProperty("status").GetString());
        var again = await (await CandidateAsync(scenario, "A")).PostAsJsonAsync($"/api/applications/{scenario.Numbers["A"]}/allocation/answer", new { answer = "AcceptFinal" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);

        var rounds = await officer.GetFromJsonAsync<JsonElement>("/api/campaigns/2040/rounds", Ct);
        var p2 = rounds[0].GetProperty("pools").EnumerateArray().Single(p => p.GetProperty("pool").GetString() == RoundScenario.Pool(P2));
        Assert.Equal((2, 2, 0, 0), (p2.GetProperty("capacity").GetInt32(), p2.GetProperty("held").GetInt32(), p2.GetProperty("offers").GetInt32(), p2.GetProperty("free").GetInt32()));
        var p3 = rounds[0].GetProperty("pools").EnumerateArray().Single(p => p.GetProperty("pool").GetString() == RoundScenario.Pool(P3));
        Assert.Equal(5, p3.GetProperty("lastAdmittedRank").GetInt32());

        await AnswerAsync(scenario, "B", "AcceptFinal");
        officer = await CloseAsync(2040); // E does not answer: a resignation.

        // Round 3: E resigned without answering; the P3 seat goes to F.
        await OpenAsync(officer, 2040);
        var third = await OffersAsync(officer, scenario);
        Assert.Equal(RoundScenario.Pool(P3), third["F"]);
        Assert.Null(third["E"]);
        Assert.Equal("Resigned", (await AllocationAsync(await CandidateAsync(scenario, "E"), scenario, "E")).GetProperty("status").GetString());

        // Every round recomputes to the same bytes, and the files are what the hashes say.
        foreach (var round in new[] { 1, 2, 3 })
        {
            var replay = await officer.GetFromJsonAsync<JsonElement>($"/api/campaigns/2040/rounds/{round}/replay", Ct);
            Assert.True(replay.GetProperty("same").GetBoolean(), replay.ToString());
            var output = await officer.GetByteArrayAsync($"/api/campaigns/2040/rounds/{round}/output.json", Ct);
            Assert.Equal(replay.GetProperty("storedOutputSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(output)));
        }

        var history = await (await CandidateAsync(scenario, "E")).GetFromJsonAsync<JsonElement>($"/api/applications/{scenario.Numbers["E"]}/history", Ct);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("action").GetString() == "OfferUnanswered");
    }

    [Fact]
    public async Task On_the_pages_an_officer_opens_a_round_and_sees_its_figures_and_applicants_see_their_offer_explanation_and_answer()
    {
        var scenario = await ScenarioAsync(2048);
        var officer = app.CreateBrowserLikeClient();
        await officer.SignInAsync(RecruitmentApp.OfficerEmail);
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var due = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow().AddDays(3), paris).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var page = "/Officer/Rounds?year=2048";

        var opened = await officer.PostFormAsync("/Officer/Rounds?year=2048&handler=Open", new() { ["AnswersDueAt"] = due }, page);
        var rounds = await officer.GetStringAsync(page, Ct);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("Round 1 is open: 4 new offer(s).", rounds, StringComparison.Ordinal);
        Assert.Contains("Awaiting an answer: 4", rounds, StringComparison.Ordinal);
        var p2 = System.Text.RegularExpressions.Regex.Match(rounds, $"<tr data-pool=\"{RoundScenario.Pool(P2)}\">(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        // P2: 2 seats, none held, offered to C and D, none free, E and F waiting, D (rank 4) the last admitted.
        Assert.Equal(["2", "0", "2", "0", "2", "4"], System.Text.RegularExpressions.Regex.Matches(p2, "<td class=\"num\">([^<]*)</td>").Select(m => m.Groups[1].Value));

        var e = app.CreateBrowserLikeClient();
        await e.SignInAsync(scenario.Emails["E"]);
        var eOffer = await e.GetStringAsync("/Apply/Offer", Ct);
        Assert.Contains("No seat for you in this round.", eOffer, StringComparison.Ordinal);
        Assert.Contains("full; the last admitted rank is 2 and your rank is 5.", eOffer, StringComparison.Ordinal);
        Assert.Contains("full; the last admitted rank is 4 and your rank is 5.", eOffer, StringComparison.Ordinal);

        var b = app.CreateBrowserLikeClient();
        await b.SignInAsync(scenario.Emails["B"]);
        var bOffer = await b.GetStringAsync("/Apply/Offer", Ct);
        var unanswered = await (await b.PostFormAsync("/Apply/Offer", [], "/Apply/Offer")).Content.ReadAsStringAsync(Ct);
        var answered = await b.PostFormAsync("/Apply/Offer", new() { ["Answer"] = "DeclineWaiting" }, "/Apply/Offer");
        var bAfter = await b.GetStringAsync("/Apply/Offer", Ct);

        Assert.Contains("You are offered a seat in", bOffer, StringComparison.Ordinal);
        Assert.Contains("value=\"DeclineWaiting\"", bOffer, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"Answer-error\">Choose an answer.</span>", unanswered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.DoesNotContain("<form method=\"post\"", bAfter.Split("<main")[^1].Split("</main>")[0], StringComparison.Ordinal);
        var inPlay = System.Text.RegularExpressions.Regex.Match(bAfter, "<ol id=\"wishes-in-play\">(.*?)</ol>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(RoundScenario.Pool(P1), inPlay, StringComparison.Ordinal);
        Assert.DoesNotContain(RoundScenario.Pool(P3), inPlay, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_track_whose_ranking_is_published_after_a_round_takes_part_in_the_next_one()
    {
        var scenario = await ScenarioAsync(2049);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);
        await OpenAsync(officer, 2049);

        var late = await RoundScenario.AddTrackAsync(app, 2049, "PC", [(P1, 1)], [("G", [P1])]);
        officer = await CloseAsync(2049);
        await OpenAsync(officer, 2049);

        var g = await AllocationAsync(await CandidateAsync(late, "G"), late, "G");
        Assert.Equal((2, RoundScenario.Pool(P1, "PC")), (g.GetProperty("round").GetInt32(), g.GetProperty("offer").GetString()));
        var input = JsonDocument.Parse(await officer.GetStringAsync("/api/campaigns/2049/rounds/2/input.json", Ct)).RootElement;
        Assert.Equal([late.Numbers["G"]], input.GetProperty("rankings").GetProperty("PC").EnumerateArray().Select(n => n.GetString()));
        Assert.Contains(input.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("id").GetString() == late.Numbers["G"]);
    }

    [Fact]
    public async Task A_dropped_wish_is_never_offered_again_even_where_the_candidate_would_be_first_in_line()
    {
        var scenario = await ScenarioAsync(2046);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);
        await OpenAsync(officer, 2046);
        await AnswerAsync(scenario, "A", "AcceptFinal");
        await AnswerAsync(scenario, "B", "DeclineWaiting"); // drops P3, waits for P1, which A keeps
        await AnswerAsync(scenario, "C", "AcceptFinal");
        await AnswerAsync(scenario, "D", "AcceptWaiting");
        officer = await CloseAsync(2046);

        await OpenAsync(officer, 2046);

        // The P3 seat B declined is free; B is ranked above E, so with P3 still in play B would get it back.
        var offers = await OffersAsync(officer, scenario);
        Assert.Null(offers["B"]);
        Assert.Equal(RoundScenario.Pool(P3), offers["E"]);
        var b = await AllocationAsync(await CandidateAsync(scenario, "B"), scenario, "B");
        Assert.Equal([RoundScenario.Pool(P1)], b.GetProperty("wishesInPlay").EnumerateArray().Select(w => w.GetString()));
        var input = await officer.GetStringAsync("/api/campaigns/2046/rounds/2/input.json", Ct);
        var candidates = JsonDocument.Parse(input).RootElement.GetProperty("candidates").EnumerateArray();
        Assert.Equal([RoundScenario.Pool(P1)], candidates.Single(c => c.GetProperty("id").GetString() == scenario.Numbers["B"]).GetProperty("wishes").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Rounds_refuse_a_second_open_round_an_early_close_a_second_answer_and_a_late_answer()
    {
        var scenario = await ScenarioAsync(2047);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);
        await OpenAsync(officer, 2047);

        var secondRound = await Problem.ReadAsync(await officer.PostAsJsonAsync("/api/campaigns/2047/rounds", new { answersDueAt = app.Clock.GetUtcNow().AddDays(3) }, Ct));
        var earlyClose = await Problem.ReadAsync(await officer.PostAsync("/api/campaigns/2047/rounds/close", null, Ct));
        await AnswerAsync(scenario, "A", "AcceptWaiting");
        var a = await CandidateAsync(scenario, "A");
        var again = await Problem.ReadAsync(await a.PostAsJsonAsync($"/api/applications/{scenario.Numbers["A"]}/allocation/answer", new { answer = "Resign" }, Ct));
        var againInFrench = await Problem.ReadAsync(await a.PostAsJsonAsync($"/api/applications/{scenario.Numbers["A"]}/allocation/answer?culture=fr", new { answer = "Resign" }, Ct));
        app.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        var c = await CandidateAsync(scenario, "C");
        var late = await Problem.ReadAsync(await c.PostAsJsonAsync($"/api/applications/{scenario.Numbers["C"]}/allocation/answer", new { answer = "AcceptFinal" }, Ct));

        Assert.Equal((409, "A round is still open: close it after its answer deadline before opening the next one."), (secondRound.Status, secondRound.Detail));
        Assert.Equal((409, "Round 1 takes answers until its deadline; it can be closed after it."), (earlyClose.Status, earlyClose.Detail));
        Assert.Equal((409, "This offer has already been answered: an answer is final."), (again.Status, again.Detail));
        Assert.StartsWith("Vous avez déjà répondu à cette proposition", againInFrench.Detail, StringComparison.Ordinal);
        Assert.Equal((409, "Round 1 no longer takes answers: its deadline has passed."), (late.Status, late.Detail));
        var allocation = await AllocationAsync(await CandidateAsync(scenario, "A"), scenario, "A"); // a new sign-in: three days have passed
        // The first answer stands: oui mais on A's first wish, so A is settled there.
        Assert.Equal(("Settled", "AcceptWaiting"), (allocation.GetProperty("status").GetString(), allocation.GetProperty("answer").GetString()));
        Assert.Equal("Pending", (await AllocationAsync(c, scenario, "C")).GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Where_the_campaign_says_so_an_unanswered_offer_is_kept_as_oui_mais()
    {
        var scenario = await ScenarioAsync(2044, noAnswerKeepsOffer: true);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);
        await OpenAsync(officer, 2044);

        officer = await CloseAsync(2044);

        var d = await AllocationAsync(await CandidateAsync(scenario, "D"), scenario, "D");
        Assert.Equal("Active", d.GetProperty("status").GetString());
        Assert.Equal(RoundScenario.Pool(P2), d.GetProperty("heldPool").GetString());
        Assert.Equal([RoundScenario.Pool(P1), RoundScenario.Pool(P2)], d.GetProperty("wishesInPlay").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task A_round_that_would_take_a_held_seat_away_is_refused_and_nothing_is_saved()
    {
        var scenario = await ScenarioAsync(2041);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);
        await OpenAsync(officer, 2041);
        await AnswerAsync(scenario, "A", "AcceptFinal");
        await AnswerAsync(scenario, "C", "AcceptFinal");
        await AnswerAsync(scenario, "D", "AcceptWaiting");
        officer = await CloseAsync(2041);
        var reduced = await officer.PutAsJsonAsync($"/api/campaigns/2041/pools/{P2}/S/MP", new { seats = 1 }, Ct);
        Assert.Equal(HttpStatusCode.OK, reduced.StatusCode);

        var refused = await Problem.ReadAsync(await officer.PostAsJsonAsync("/api/campaigns/2041/rounds", new { answersDueAt = app.Clock.GetUtcNow().AddDays(3) }, Ct));

        Assert.Equal(409, refused.Status);
        Assert.Contains("seat", refused.Detail, StringComparison.Ordinal);
        Assert.Equal(1, (await officer.GetFromJsonAsync<JsonElement>("/api/campaigns/2041/rounds", Ct)).GetArrayLength());
    }

    [Fact]
    public async Task What_if_compares_capacities_without_saving_anything()
    {
        await ScenarioAsync(2042);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);

        var whatIf = await officer.PostAsJsonAsync("/api/campaigns/2042/what-if", new { capacities = new Dictionary<string, int> { [RoundScenario.Pool(P3)] = 3 } }, Ct);
        var negative = await Problem.ReadAsync(await officer.PostAsJsonAsync("/api/campaigns/2042/what-if", new { capacities = new Dictionary<string, int> { [RoundScenario.Pool(P3)] = -1 } }, Ct));
        var unknown = await Problem.ReadAsync(await officer.PostAsJsonAsync("/api/campaigns/2042/what-if", new { capacities = new Dictionary<string, int> { ["TN-ING/S/XX"] = 3 } }, Ct));

        var result = await whatIf.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(4, result.GetProperty("assignedNow").GetInt32());
        Assert.Equal(6, result.GetProperty("assignedThen").GetInt32());
        Assert.Equal(400, negative.Status);
        Assert.Equal((400, "There is no seat pool TN-ING/S/XX in campaign 2042."), (unknown.Status, Assert.Single(unknown.Errors["Capacities[TN-ING/S/XX]"])));
        Assert.Equal(0, (await officer.GetFromJsonAsync<JsonElement>("/api/campaigns/2042/rounds", Ct)).GetArrayLength());
        var first = await OpenAsync(officer, 2042);
        Assert.Equal(4, first.GetProperty("offers").GetInt32());
    }

    [Fact]
    public async Task Another_applicants_allocation_does_not_exist_for_them_and_directors_have_none()
    {
        var scenario = await ScenarioAsync(2043);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);
        await OpenAsync(officer, 2043);
        var b = await CandidateAsync(scenario, "B");
        var director = await app.StaffAsync(RecruitmentApp.DirectorEmail);

        var read = await b.GetAsync($"/api/applications/{scenario.Numbers["A"]}/allocation", Ct);
        var answer = await b.PostAsJsonAsync($"/api/applications/{scenario.Numbers["A"]}/allocation/answer", new { answer = "Resign" }, Ct);
        var directorRead = await director.GetAsync($"/api/applications/{scenario.Numbers["A"]}/allocation", Ct);
        var directorRounds = await director.GetAsync("/api/campaigns/2043/rounds", Ct);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, directorRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, directorRounds.StatusCode);
        Assert.Equal("Pending", (await AllocationAsync(await CandidateAsync(scenario, "A"), scenario, "A")).GetProperty("answer").GetString());
    }
}

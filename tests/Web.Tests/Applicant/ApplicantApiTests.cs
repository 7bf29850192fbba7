using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Applicant;

public sealed class ApplicantApiTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Starting_twice_gives_the_same_application()
    {
        var client = await app.NewApplicantAsync();

        var first = await client.StartAsync();
        var second = await client.StartAsync();

        Assert.Equal(first, second);
        Assert.Matches("^\\d{4}-[2-9A-HJ-KM-NP-Z]{8}$", first);
        var mine = await client.GetFromJsonAsync<JsonElement>("/api/me/application", Ct);
        Assert.Equal(first, mine.GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_complete_application_is_submitted_and_its_history_tells_what_happened()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.CompleteApplicationAsync();

        var before = await client.ReadApplicationAsync(number);
        var submit = await client.PostAsync($"/api/applications/{number}/submit", null, Ct);
        var after = await client.ReadApplicationAsync(number);
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}/history", Ct);

        Assert.Equal(0, before.GetProperty("missing").GetArrayLength());
        Assert.Equal(HttpStatusCode.NoContent, submit.StatusCode);
        Assert.Equal("Submitted", after.GetProperty("status").GetString());
        Assert.Equal(["TN-ING/S", "MN-ICM/S", "TPS-PHY/S"], after.GetProperty("wishes").EnumerateArray().Select(w => w.GetProperty("key").GetString()));
        var actions = history.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Created", "IdentityEdited", "ContactEdited", "StudiesEdited", "ScholarshipEdited", "WishesEdited", "DocumentUploaded", "DocumentUploaded", "Submitted"], actions);
        Assert.Contains("Last name: (empty) → 'Müller-Lefèvre'", history[1].GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_submission_changes_are_saved_and_recorded_and_a_rejected_document_is_replaced_while_other_sections_stay_editable()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.CompleteApplicationAsync();
        await ApplicantSupport.Ok(client.PostAsync($"/api/applications/{number}/submit", null, Ct));
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);
        Task<HttpResponseMessage> EditContactAsync(string city, int version) =>
            client.PutAsJsonAsync($"/api/applications/{number}/contact", new { phone = "+33 6 12 34 56 78", addressLine = "3 place Carnot", postalCode = "54000", city, country = "FR", version }, Ct);

        var edited = await EditContactAsync("Nancy", await client.VersionAsync(number, "contact"));
        var emptied = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/applications/{number}/wishes", new { wishes = Array.Empty<string>(), version = await client.VersionAsync(number, "wishes") }, Ct));
        var transcript = (await client.ReadApplicationAsync(number)).GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("kind").GetString() == "Transcript");
        var transcriptId = Guid.Parse(transcript.GetProperty("id").GetString()!);
        await ApplicantSupport.Ok(officer.PostAsJsonAsync($"/api/applications/{number}/documents/{transcriptId}/review", new { accept = false, reason = "Illegible scan" }, Ct));
        var afterRejection = await client.ReadApplicationAsync(number);
        var editedMeanwhile = await EditContactAsync("Metz", await client.VersionAsync(number, "contact"));
        var replaced = await client.UploadAsync(number, "Transcript", System.Text.Encoding.ASCII.GetBytes(ApplicantSupport.Pdf), "bulletins-lisibles.pdf", replaces: transcriptId);
        var final = await client.ReadApplicationAsync(number);
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}/history", Ct);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(409, emptied.Status);
        Assert.Equal(3, afterRejection.GetProperty("wishes").GetArrayLength());
        var rejected = afterRejection.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("id").GetString() == transcriptId.ToString());
        Assert.Equal(("Rejected", "Illegible scan"), (rejected.GetProperty("review").GetString(), rejected.GetProperty("reviewReason").GetString()));
        Assert.Equal(1, afterRejection.GetProperty("missing").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, editedMeanwhile.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replaced.StatusCode);
        Assert.Equal(("Submitted", 0), (final.GetProperty("status").GetString(), final.GetProperty("missing").GetArrayLength()));
        Assert.Equal("Metz", final.GetProperty("contact").GetProperty("city").GetString());
        Assert.DoesNotContain(final.GetProperty("documents").EnumerateArray(), d => d.GetProperty("id").GetString() == transcriptId.ToString());
        var actions = history.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["Submitted", "ContactEdited", "DocumentRejected", "ContactEdited", "DocumentUploaded"], actions[actions.IndexOf("Submitted")..]);
    }

    [Fact]
    public async Task Submitting_an_incomplete_application_lists_every_missing_item_at_once()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.StartAsync();
        await ApplicantSupport.Ok(client.PutIdentityAsync(number, 0));

        var problem = await Problem.ReadAsync(await client.PostAsync($"/api/applications/{number}/submit", null, Ct));

        Assert.Equal(400, problem.Status);
        Assert.Equal(["Contact", "Documents", "Scholarship", "Studies", "Wishes"], problem.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, problem.Errors["Documents"].Length);
        Assert.Equal("Draft", (await client.ReadApplicationAsync(number)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_renamed_executable_is_refused_and_nothing_is_stored()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.StartAsync();
        byte[] executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

        var problem = await Problem.ReadAsync(await client.UploadAsync(number, "Transcript", executable, "bulletins.pdf"));

        Assert.Equal(["The file is not a PDF, JPEG or PNG document (its content was checked, not only its name)."], problem.Errors["File"]);
        Assert.Equal(0, (await client.ReadApplicationAsync(number)).GetProperty("documents").GetArrayLength());
        Assert.Empty(Directory.Exists(Path.Combine(app.DataFolder, "documents", number)) ? Directory.GetFiles(Path.Combine(app.DataFolder, "documents", number)) : []);
    }

    [Fact]
    public async Task A_six_megabyte_file_is_refused_at_the_field()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.StartAsync();
        var big = new byte[6 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(big);

        var problem = await Problem.ReadAsync(await client.UploadAsync(number, "Transcript", big, "big.pdf"));

        Assert.Equal(["The file is 6.0 MB; a document can be at most 5 MB."], problem.Errors["File"]);
        Assert.Equal(0, (await client.ReadApplicationAsync(number)).GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task A_png_is_recognised_from_its_content_and_can_be_read_back_by_its_owner()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.StartAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        var created = await client.UploadAsync(number, "IdentityDocument", png, "photo.pdf");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        var download = await client.GetAsync($"/api/applications/{number}/documents/{id}", Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Wishes_are_refused_when_too_many_repeated_or_not_open_to_the_track()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.StartAsync();
        await ApplicantSupport.Ok(client.PutAsJsonAsync($"/api/applications/{number}/studies", new { trackCode = "MP", institution = "Lycée Poincaré", diploma = "CPGE", diplomaYear = 2026, version = 0 }, Ct));
        string[] eleven = ["TN-ING/S", "MN-ICM/S", "TPS-PHY/S", "TPS-TIS/S", "EOST-GEO/S", "ENSG-GEO/S", "TN-ING/S", "MN-ICM/S", "TPS-PHY/S", "TPS-TIS/S", "EOST-GEO/S"];

        var tooMany = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/applications/{number}/wishes", new { wishes = eleven, version = 0 }, Ct));
        var twice = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/applications/{number}/wishes", new { wishes = new[] { "TN-ING/S", "TN-ING/S" }, version = 0 }, Ct));
        var closed = await Problem.ReadAsync(await client.PutAsJsonAsync($"/api/applications/{number}/wishes", new { wishes = new[] { "MN-GIA/A" }, version = 0 }, Ct));

        Assert.Equal(["At most 10 wishes can be ranked; you ranked 11."], tooMany.Errors["Wishes"]);
        Assert.Equal(["Wish 2 (TN-ING/S) is already ranked above."], twice.Errors["Wishes[1]"]);
        Assert.Equal(["Wish 1 (MN-GIA/A) is not open to your track."], closed.Errors["Wishes[0]"]);
        Assert.Equal(0, (await client.ReadApplicationAsync(number)).GetProperty("wishes").GetArrayLength());
    }

    [Fact]
    public async Task A_birth_date_in_the_future_and_a_malformed_INE_are_refused_at_their_fields()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.StartAsync();

        var problem = await Problem.ReadAsync(await client.PutIdentityAsync(number, 0, birthDate: DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ine: "12345"));

        Assert.Equal(["The birth date cannot be in the future."], problem.Errors["BirthDate"]);
        Assert.Contains("11 characters", Assert.Single(problem.Errors["Ine"]), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await client.ReadApplicationAsync(number)).GetProperty("identity").ValueKind);
    }

    [Fact]
    public async Task A_name_with_a_script_tag_is_stored_as_typed()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.StartAsync();

        await ApplicantSupport.Ok(client.PutIdentityAsync(number, 0, firstName: "<script>alert('x')</script>", lastName: "D'Arcy"));

        Assert.Equal("<script>alert('x')</script>", (await client.ReadApplicationAsync(number)).GetProperty("identity").GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task A_save_based_on_an_older_version_is_refused_and_overwrites_nothing()
    {
        var client = await app.NewApplicantAsync();
        var number = await client.StartAsync();

        var firstTab = await client.PutIdentityAsync(number, 0, lastName: "Dupont");
        var secondTab = await client.PutIdentityAsync(number, 0, lastName: "Durand");

        Assert.Equal(HttpStatusCode.OK, firstTab.StatusCode);
        var problem = await Problem.ReadAsync(secondTab);
        Assert.Equal(409, problem.Status);
        Assert.Contains("changed elsewhere", problem.Detail, StringComparison.Ordinal);
        Assert.Equal("Dupont", (await client.ReadApplicationAsync(number)).GetProperty("identity").GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task Another_applicants_file_document_and_history_do_not_exist_for_them()
    {
        var owner = await app.NewApplicantAsync();
        var number = await owner.CompleteApplicationAsync();
        var documentId = (await owner.ReadApplicationAsync(number)).GetProperty("documents")[0].GetProperty("id").GetString();
        var other = await app.NewApplicantAsync();

        var file = await other.GetAsync($"/api/applications/{number}", Ct);
        var document = await other.GetAsync($"/api/applications/{number}/documents/{documentId}", Ct);
        var history = await other.GetAsync($"/api/applications/{number}/history", Ct);
        var edit = await other.PutAsJsonAsync($"/api/applications/{number}/contact", new { phone = "+33 6 00 00 00 00", addressLine = "x", postalCode = "1", city = "x", country = "FR", version = 1 }, Ct);
        var submit = await other.PostAsync($"/api/applications/{number}/submit", null, Ct);
        // Checking these wishes against the owner's track would tell that the file exists, and its track.
        var wishes = await other.PutAsJsonAsync($"/api/applications/{number}/wishes", new { wishes = new[] { "NOPE/S" }, version = 0 }, Ct);

        Assert.All([file, document, history, edit, submit, wishes], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("Draft", (await owner.ReadApplicationAsync(number)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Directors_have_no_access_to_applications_and_officers_read_them()
    {
        var owner = await app.NewApplicantAsync();
        var number = await owner.StartAsync();
        var director = await app.StaffAsync(RecruitmentApp.DirectorEmail);
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);

        var refused = await director.GetAsync($"/api/applications/{number}", Ct);
        var read = await officer.GetAsync($"/api/applications/{number}", Ct);
        var anonymous = await app.CreateClient().GetAsync($"/api/applications/{number}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Officers_cannot_change_an_applicants_sections()
    {
        var owner = await app.NewApplicantAsync();
        var number = await owner.StartAsync();
        var officer = await app.StaffAsync(RecruitmentApp.OfficerEmail);

        var response = await officer.PutIdentityAsync(number, 0);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Marks;
using Recruitment.Infrastructure.Persistence;
using Recruitment.Web.Tests.Support;
using static Recruitment.Web.Tests.Rankings.RankingSupport;

namespace Recruitment.Web.Tests.Rankings;

/// <summary>Importing marks from CSV through the API: the layouts, every refusal with its line, all or nothing, the audit.</summary>
public sealed class MarksImportTests(RankingApp app) : IClassFixture<RankingApp>
{
    [Fact]
    public async Task A_file_in_the_long_layout_with_a_BOM_semicolons_and_decimal_commas_is_imported()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate(), new Candidate());
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var csv = $"\uFEFFapplication;subject;mark\r\n{numbers[0]};MATH;12,5\r\n{numbers[0]};phys;14\r\n{numbers[1]};MATH;9.75\r\n\r\n";

        var report = await officer.ImportAsync(year, csv).ReadAsync<MarksImportReport>();

        Assert.Equal((MarksLayout.MarkPerLine, ';', 3, 3, 0, 0, 2), (report.Layout, report.Separator, report.Marks, report.Added, report.Changed, report.Unchanged, report.Applications));
        Assert.Equal(new Dictionary<string, decimal> { ["MATH"] = 12.5m, ["PHYS"] = 14m }, await app.MarksOfAsync(numbers[0]));
        Assert.Equal(new Dictionary<string, decimal> { ["MATH"] = 9.75m }, await app.MarksOfAsync(numbers[1]));
    }

    [Fact]
    public async Task A_file_in_the_wide_layout_with_commas_and_quoted_decimal_commas_is_imported_and_empty_cells_are_no_mark()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate(), new Candidate("PC"));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var csv = $"numéro,MATH,PHYS,INFO,CHIM\n{numbers[0]},\"15,25\",12,8.5,\n{numbers[1]},11,,,13\n";

        var report = await officer.ImportAsync(year, csv).ReadAsync<MarksImportReport>();

        Assert.Equal((MarksLayout.ColumnPerSubject, ',', 5, 5), (report.Layout, report.Separator, report.Marks, report.Added));
        Assert.Equal(new Dictionary<string, decimal> { ["MATH"] = 15.25m, ["PHYS"] = 12m, ["INFO"] = 8.5m }, await app.MarksOfAsync(numbers[0]));
        Assert.Equal(new Dictionary<string, decimal> { ["MATH"] = 11m, ["CHIM"] = 13m }, await app.MarksOfAsync(numbers[1]));
    }

    [Fact]
    public async Task Every_bad_line_is_listed_with_its_number_and_reason_and_nothing_is_imported()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate(), new Candidate(Eligible: false), new Candidate(Submitted: false));
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var csv = string.Join('\n',
            "application;subject;mark",
            $"{numbers[0]};MATH;12",
            $"{year}-NOPE;MATH;12",
            $"{numbers[1]};MATH;12",
            $"{numbers[2]};MATH;12",
            $"{numbers[0]};CHIM;12",
            $"{numbers[0]};PHYS;21",
            $"{numbers[0]};INFO;douze",
            $"{numbers[0]};FRAN;12.345",
            $"{numbers[0]};MATH;13",
            $"{numbers[0]};ANGL;-1",
            $"{numbers[0]};ANGL");
        var before = await app.CountAsync();

        var response = await officer.ImportAsync(year, csv);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(Enumerable.Range(3, 10).Select(n => $"Line {n}").Order(StringComparer.Ordinal), problem.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"Unknown application {year}-NOPE in campaign {year}.", problem.Errors["Line 3"].Single());
        Assert.Equal($"Application {numbers[1]} is not eligible: only eligible, submitted applications get marks.", problem.Errors["Line 4"].Single());
        Assert.Contains("not eligible", problem.Errors["Line 5"].Single(), StringComparison.Ordinal);
        Assert.StartsWith($"Unknown subject 'CHIM' for application {numbers[0]}: the subjects of track MP are", problem.Errors["Line 6"].Single(), StringComparison.Ordinal);
        Assert.Equal("The mark 21 is out of range: a mark is from 0 to 20.", problem.Errors["Line 7"].Single());
        Assert.StartsWith("'douze' is not a mark", problem.Errors["Line 8"].Single(), StringComparison.Ordinal);
        Assert.Equal("The mark 12.345 has more than two decimals.", problem.Errors["Line 9"].Single());
        Assert.Equal($"Application {numbers[0]} has a second MATH mark in the file; the first one is on line 2.", problem.Errors["Line 10"].Single());
        Assert.Equal("The mark -1 is out of range: a mark is from 0 to 20.", problem.Errors["Line 11"].Single());
        Assert.Equal("2 values where the header has 3.", problem.Errors["Line 12"].Single());
        Assert.Equal(before, await app.CountAsync());
    }

    [Fact]
    public async Task The_preview_lists_the_same_problems_and_saves_nothing()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate());
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var before = await app.CountAsync();

        var bad = await officer.PreviewAsync(year, $"application;subject;mark\n{numbers[0]};MATH;20.5\n").ReadAsync<MarksImportReport>();
        var good = await officer.PreviewAsync(year, $"application;subject;mark\n{numbers[0]};MATH;20\n").ReadAsync<MarksImportReport>();

        Assert.Equal([new MarksFileProblem(2, "The mark 20.5 is out of range: a mark is from 0 to 20.")], bad.Problems);
        Assert.True(good.IsValid);
        Assert.Equal((1, 0), (good.Added, good.Changed));
        Assert.Equal(before, await app.CountAsync());
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var year = await app.NewCampaignAsync();
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var empty = await Problem.ReadAsync(await officer.ImportAsync(year, []));
        var blank = await Problem.ReadAsync(await officer.ImportAsync(year, "\uFEFF\r\n  \n"));
        var headerOnly = await Problem.ReadAsync(await officer.ImportAsync(year, "application;subject;mark\n"));

        Assert.Equal("The file is empty: it needs a header row and at least one mark.", empty.Errors["File"].Single());
        Assert.Equal("The file is empty: it needs a header row and at least one mark.", blank.Errors["File"].Single());
        Assert.Equal("The file has a header but no mark.", headerOnly.Errors["File"].Single());
    }

    [Fact]
    public async Task A_Latin_1_file_is_refused_as_not_UTF_8()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate());
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var latin1 = Encoding.Latin1.GetBytes($"application;matière;note\n{numbers[0]};MATH;12\n");
        var before = await app.CountAsync();

        var problem = await Problem.ReadAsync(await officer.ImportAsync(year, latin1));

        Assert.Equal("The file is not UTF-8 (Latin-1?): save it as CSV UTF-8 and import it again.", problem.Errors["File"].Single());
        Assert.Equal(before, await app.CountAsync());
    }

    [Fact]
    public async Task A_file_without_a_header_is_refused_on_line_1()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate());
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);

        var problem = await Problem.ReadAsync(await officer.ImportAsync(year, $"{numbers[0]};MATH;12\n"));

        Assert.StartsWith("The first line must be a header", problem.Errors["Line 1"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reimport_replaces_marks_and_the_audit_log_keeps_the_old_and_new_values()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate(), new Candidate());
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        await officer.ImportAsync(year, $"application;subject;mark\n{numbers[0]};MATH;12\n{numbers[0]};PHYS;10\n{numbers[1]};MATH;8\n").ReadAsync<MarksImportReport>();

        var report = await officer.ImportAsync(year, $"application;subject;mark\n{numbers[0]};MATH;13,5\n{numbers[0]};PHYS;10\n{numbers[1]};MATH;8\n{numbers[1]};INFO;11\n").ReadAsync<MarksImportReport>();

        Assert.Equal((1, 1, 2), (report.Added, report.Changed, report.Unchanged));
        Assert.Equal([new MarkChangeDto(2, numbers[0], "MATH", 12m, 13.5m), new MarkChangeDto(5, numbers[1], "INFO", null, 11m)], report.Changes);
        Assert.Equal(new Dictionary<string, decimal> { ["MATH"] = 13.5m, ["PHYS"] = 10m }, await app.MarksOfAsync(numbers[0]));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var first = await db.AuditEntries.Where(e => e.Subject == "Marks" && e.SubjectKey == numbers[0]).OrderBy(e => e.Id).Select(e => e.Details).ToListAsync(Ct);
        var second = await db.AuditEntries.Where(e => e.Subject == "Marks" && e.SubjectKey == numbers[1]).OrderBy(e => e.Id).Select(e => e.Details).ToListAsync(Ct);
        Assert.Equal(["MATH: (none) → 12.00; PHYS: (none) → 10.00", "MATH: 12.00 → 13.50"], first);
        Assert.Equal(["MATH: (none) → 8.00", "INFO: (none) → 11.00"], second);
        var summary = await db.AuditEntries.Where(e => e.Subject == "MarksImport" && e.SubjectKey == $"{year}").OrderBy(e => e.Id).Select(e => new { e.Details, e.ActorName }).ToListAsync(Ct);
        Assert.Equal(2, summary.Count);
        Assert.Contains("1 added, 1 changed, 2 unchanged, for 2 applications", summary[1].Details, StringComparison.Ordinal);
        Assert.Equal("Olivier Gestionnaire", summary[1].ActorName);
    }

    [Fact]
    public async Task A_confirmation_with_the_digest_of_an_outdated_preview_is_refused()
    {
        var year = await app.NewCampaignAsync();
        var numbers = await app.SeedAsync(year, new Candidate());
        var officer = await app.ApiAsync(RecruitmentApp.OfficerEmail);
        var csv = $"application;subject;mark\n{numbers[0]};MATH;12\n";
        var preview = await officer.PreviewAsync(year, csv).ReadAsync<MarksImportReport>();
        await officer.PutAsJsonAsync($"/api/applications/{numbers[0]}/marks/MATH", new { mark = "11" }, Json, Ct).ReadAsync<JsonElement>();

        var refused = await Problem.ReadAsync(await officer.ImportAsync(year, Encoding.UTF8.GetBytes(csv), preview.Digest));
        var kept = (await app.MarksOfAsync(numbers[0]))["MATH"];
        var fresh = await officer.PreviewAsync(year, csv).ReadAsync<MarksImportReport>();
        var imported = await officer.ImportAsync(year, Encoding.UTF8.GetBytes(csv), fresh.Digest).ReadAsync<MarksImportReport>();

        Assert.Equal(409, refused.Status);
        Assert.Equal(11m, kept);
        Assert.Equal(1, imported.Changed);
        Assert.Equal(12m, (await app.MarksOfAsync(numbers[0]))["MATH"]);
    }

    [Fact]
    public async Task Marks_are_imported_by_officers_only()
    {
        var year = await app.NewCampaignAsync();
        var director = await app.ApiAsync(RecruitmentApp.DirectorEmail);
        var anonymous = app.CreateClient();

        var forbidden = await director.PreviewAsync(year, "application;subject;mark\nX;MATH;1\n");
        var unauthorized = await anonymous.PreviewAsync(year, "application;subject;mark\nX;MATH;1\n");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }
}

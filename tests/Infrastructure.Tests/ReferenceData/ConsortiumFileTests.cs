using Recruitment.Infrastructure.Configuration;
using Recruitment.Infrastructure.ReferenceData;
using Recruitment.Infrastructure.Tests.Support;

namespace Recruitment.Infrastructure.Tests.ReferenceData;

public sealed class ConsortiumFileTests
{
    [Fact]
    public void The_shipped_file_describes_six_schools_eleven_programs_and_eight_tracks()
    {
        var file = ConsortiumFile.Load(ConsortiumFile.DefaultPath);

        Assert.Equal(6, file.Schools.Count);
        Assert.Equal(11, file.Schools.Sum(s => s.Programs.Count));
        Assert.Equal(["MP", "PC", "PSI", "PT", "TSI", "ATS", "BCPST", "AST"], file.Tracks.Select(t => t.Code));
        Assert.Equal(630, file.Schools.SelectMany(s => s.Programs).SelectMany(p => p.Seats!.Values).SelectMany(v => v.Values).Sum());
        Assert.False(string.IsNullOrWhiteSpace(file.Illustrative));
    }

    [Fact]
    public void An_unknown_track_is_refused_with_its_place_in_the_file() =>
        AssertRefused(
            File.ReadAllText(ConsortiumFile.DefaultPath).Replace("\"BCPST\": 45", "\"BIO\": 45", StringComparison.Ordinal),
            "schools[2].programs[0].seats.student.BIO: unknown track 'BIO'");

    [Fact]
    public void Seats_for_a_status_the_program_does_not_offer_are_refused() =>
        AssertRefused(
            File.ReadAllText(ConsortiumFile.DefaultPath).Replace(
                "\"seats\": { \"student\": { \"MP\": 12",
                "\"seats\": { \"apprentice\": { \"MP\": 12",
                StringComparison.Ordinal),
            "program 'TPS-TIS' is not offered under status 'apprentice'");

    [Fact]
    public void A_code_listed_twice_is_refused() =>
        AssertRefused(
            File.ReadAllText(ConsortiumFile.DefaultPath).Replace("\"code\": \"MN-GIA\"", "\"code\": \"MN-ICM\"", StringComparison.Ordinal),
            "program 'MN-ICM' is listed twice");

    [Fact]
    public void A_misspelt_field_is_refused_rather_than_ignored() =>
        AssertRefused(
            File.ReadAllText(ConsortiumFile.DefaultPath).Replace("\"statuses\": [\"student\"]", "\"status\": [\"student\"]", StringComparison.Ordinal),
            "status");

    private static void AssertRefused(string json, string expected)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "consortium.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<StartupException>(() => ConsortiumFile.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}

using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Common;
using Recruitment.Domain.Consortium;

namespace Recruitment.Domain.Tests.Consortium;

public sealed class SeatPoolKeyTests
{
    [Fact]
    public void A_key_reads_program_status_track()
    {
        Assert.Equal("TN-ING/S/MP", new SeatPoolKey("TN-ING", ProgramStatus.Student, "MP").ToString());
        Assert.Equal("TPS-RT/A/TSI", new SeatPoolKey("TPS-RT", ProgramStatus.Apprentice, "TSI").ToString());
    }

    [Theory]
    [InlineData("TN-ING/S/MP", true)]
    [InlineData("TN-ING/A/AST", true)]
    [InlineData("TN-ING/X/MP", false)]
    [InlineData("tn-ing/S/MP", false)]
    [InlineData("TN-ING/S", false)]
    [InlineData("TN-ING/Student/MP", false)]
    [InlineData("", false)]
    public void Parsing_accepts_only_well_formed_keys(string text, bool valid)
    {
        Assert.Equal(valid, SeatPoolKey.TryParse(text, out var key));
        if (valid)
        {
            Assert.Equal(text, key!.ToString());
        }
    }

    [Fact]
    public void A_program_must_be_offered_under_some_status() =>
        Assert.Throws<DomainException>(() =>
            EngineeringProgram.Create(School.Create("TN", "Télécom Nancy", "Nancy"), "TN-X", "X", student: false, apprentice: false));

    [Theory]
    [InlineData("mp")]
    [InlineData("1MP")]
    [InlineData("M P")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    public void Malformed_codes_are_refused(string code) =>
        Assert.Throws<DomainException>(() => Track.Create(code, "Track"));
}

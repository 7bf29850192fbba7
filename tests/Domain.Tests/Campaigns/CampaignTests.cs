using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Common;
using Recruitment.Domain.Consortium;

namespace Recruitment.Domain.Tests.Campaigns;

public sealed class CampaignTests
{
    private static readonly DateTimeOffset Opens = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static CampaignCalendar Calendar(params RoundDates[] rounds) =>
        new(Opens, Opens.AddDays(60), Opens.AddDays(180), rounds);

    private static readonly School TelecomNancy = School.Create("TN", "Télécom Nancy", "Nancy");
    private static readonly EngineeringProgram StudentOnly = EngineeringProgram.Create(TelecomNancy, "TN-ING", "Ingénieur", student: true, apprentice: false);
    private static readonly Track Mp = Track.Create("MP", "Mathématiques et physique");

    [Fact]
    public void A_calendar_in_order_has_no_problem()
    {
        var calendar = Calendar(
            new RoundDates(Opens.AddDays(185), Opens.AddDays(190)),
            new RoundDates(Opens.AddDays(190), Opens.AddDays(195)));

        Assert.Empty(calendar.Problems());
    }

    [Fact]
    public void Registration_closing_before_it_opens_names_the_closing_date()
    {
        var calendar = new CampaignCalendar(Opens, Opens.AddDays(-1), Opens.AddDays(180), []);

        var problem = Assert.Single(calendar.Problems());
        Assert.Equal(nameof(CampaignCalendar.RegistrationClosesAt), problem.Field);
        Assert.Equal(CalendarRule.RegistrationClosesAfterItOpens, problem.Rule);
        Assert.Equal("Registration must close after it opens.", problem.Message);
    }

    [Fact]
    public void Results_before_the_deadline_are_refused()
    {
        var calendar = new CampaignCalendar(Opens, Opens.AddDays(60), Opens.AddDays(59), []);

        var problem = Assert.Single(calendar.Problems());
        Assert.Equal(nameof(CampaignCalendar.ResultsPublishedAt), problem.Field);
        Assert.Equal(CalendarRule.ResultsAfterRegistrationCloses, problem.Rule);
    }

    [Fact]
    public void A_round_before_the_results_or_overlapping_the_previous_round_is_refused()
    {
        var calendar = Calendar(
            new RoundDates(Opens.AddDays(170), Opens.AddDays(190)),
            new RoundDates(Opens.AddDays(185), Opens.AddDays(184)));

        Assert.Equal(
            [
                new CalendarProblem("Rounds[0].OffersAt", CalendarRule.RoundStartsAfterResults, 1),
                new CalendarProblem("Rounds[1].OffersAt", CalendarRule.RoundStartsAfterPreviousRound, 2),
                new CalendarProblem("Rounds[1].AnswersDueAt", CalendarRule.RoundAnswersDueAfterOffers, 2),
            ],
            calendar.Problems());
        Assert.Equal(
            [
                "Round 1 cannot start before the results publication.",
                "Round 2 cannot start before round 1's answer deadline.",
                "Round 2's answer deadline must come after its offers.",
            ],
            calendar.Problems().Select(p => p.Message));
    }

    [Fact]
    public void Creating_a_campaign_with_dates_out_of_order_throws()
    {
        var calendar = new CampaignCalendar(Opens, Opens, Opens.AddDays(1), []);

        var error = Assert.Throws<DomainException>(() => Campaign.Create(2027, "Concours 2027", calendar));
        Assert.Contains("close after it opens", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_year_out_of_range_is_refused(int year) =>
        Assert.Throws<DomainException>(() => Campaign.Create(year, "Concours", Calendar()));

    [Fact]
    public void Setting_seats_creates_then_updates_one_pool()
    {
        var campaign = Campaign.Create(2027, "Concours 2027", Calendar());

        campaign.SetSeats(StudentOnly, ProgramStatus.Student, Mp, 55);
        campaign.SetSeats(StudentOnly, ProgramStatus.Student, Mp, 56);

        var pool = Assert.Single(campaign.SeatPools);
        Assert.Equal(56, pool.Seats);
        Assert.Equal(56, campaign.TotalSeats);
    }

    [Fact]
    public void A_negative_seat_count_is_refused_and_nothing_changes()
    {
        var campaign = Campaign.Create(2027, "Concours 2027", Calendar());
        campaign.SetSeats(StudentOnly, ProgramStatus.Student, Mp, 10);

        Assert.Throws<DomainException>(() => campaign.SetSeats(StudentOnly, ProgramStatus.Student, Mp, -1));

        Assert.Equal(10, Assert.Single(campaign.SeatPools).Seats);
    }

    [Fact]
    public void A_pool_for_a_status_the_program_does_not_offer_is_refused()
    {
        var campaign = Campaign.Create(2027, "Concours 2027", Calendar());

        var error = Assert.Throws<DomainException>(() => campaign.SetSeats(StudentOnly, ProgramStatus.Apprentice, Mp, 5));

        Assert.Contains("apprentice", error.Message, StringComparison.Ordinal);
        Assert.Empty(campaign.SeatPools);
    }

    [Fact]
    public void Rescheduling_keeps_rounds_by_number_and_drops_the_extra_ones()
    {
        var campaign = Campaign.Create(2027, "Concours 2027", Calendar(
            new RoundDates(Opens.AddDays(185), Opens.AddDays(190)),
            new RoundDates(Opens.AddDays(191), Opens.AddDays(195))));
        var first = campaign.Rounds[0];

        campaign.Reschedule(Calendar(new RoundDates(Opens.AddDays(186), Opens.AddDays(189))));

        var round = Assert.Single(campaign.Rounds);
        Assert.Same(first, round);
        Assert.Equal(Opens.AddDays(186), round.OffersAt);
    }

    [Fact]
    public void Registration_is_open_from_its_opening_until_just_before_the_deadline()
    {
        var campaign = Campaign.Create(2027, "Concours 2027", Calendar());

        Assert.False(campaign.IsRegistrationOpen(Opens.AddTicks(-1)));
        Assert.True(campaign.IsRegistrationOpen(Opens));
        Assert.True(campaign.IsRegistrationOpen(campaign.RegistrationClosesAt.AddSeconds(-1)));
        Assert.False(campaign.IsRegistrationOpen(campaign.RegistrationClosesAt));
    }
}

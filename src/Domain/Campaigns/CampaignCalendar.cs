namespace Recruitment.Domain.Campaigns;

/// <summary>The planned dates of one allocation round: when offers go out and when answers are due.</summary>
public sealed record RoundDates(DateTimeOffset OffersAt, DateTimeOffset AnswersDueAt);

/// <summary>
/// A campaign's calendar. The dates follow one another: registration opens, registration closes (the deadline),
/// results are published, then the allocation rounds, each one after the previous one's answer deadline.
/// </summary>
public sealed record CampaignCalendar(
    DateTimeOffset RegistrationOpensAt,
    DateTimeOffset RegistrationClosesAt,
    DateTimeOffset ResultsPublishedAt,
    IReadOnlyList<RoundDates> Rounds)
{
    /// <summary>
    /// Every rule the dates break, each with the name of the field at fault, so that a form can show them all at once.
    /// </summary>
    public IReadOnlyList<CalendarProblem> Problems()
    {
        var problems = new List<CalendarProblem>();
        if (RegistrationClosesAt <= RegistrationOpensAt)
        {
            problems.Add(new(nameof(RegistrationClosesAt), CalendarRule.RegistrationClosesAfterItOpens));
        }

        if (ResultsPublishedAt <= RegistrationClosesAt)
        {
            problems.Add(new(nameof(ResultsPublishedAt), CalendarRule.ResultsAfterRegistrationCloses));
        }

        var previousEnd = ResultsPublishedAt;
        for (var i = 0; i < Rounds.Count; i++)
        {
            var round = Rounds[i];
            var field = $"{nameof(Rounds)}[{i}]";
            if (round.OffersAt < previousEnd)
            {
                problems.Add(new(
                    $"{field}.{nameof(RoundDates.OffersAt)}",
                    i == 0 ? CalendarRule.RoundStartsAfterResults : CalendarRule.RoundStartsAfterPreviousRound,
                    i + 1));
            }

            if (round.AnswersDueAt <= round.OffersAt)
            {
                problems.Add(new($"{field}.{nameof(RoundDates.AnswersDueAt)}", CalendarRule.RoundAnswersDueAfterOffers, i + 1));
            }

            previousEnd = round.AnswersDueAt;
        }

        return problems;
    }
}

/// <summary>The rules a campaign's calendar follows.</summary>
public enum CalendarRule
{
    RegistrationClosesAfterItOpens,
    ResultsAfterRegistrationCloses,
    RoundStartsAfterResults,
    RoundStartsAfterPreviousRound,
    RoundAnswersDueAfterOffers,
}

/// <summary>
/// A broken calendar rule, the field it concerns and, for a round, the round's number (from 1). The rule and the
/// round say what is wrong, so that each reader's language can say it; <see cref="Message"/> says it in English.
/// </summary>
public sealed record CalendarProblem(string Field, CalendarRule Rule, int? Round = null)
{
    public string Message => Rule switch
    {
        CalendarRule.RegistrationClosesAfterItOpens => "Registration must close after it opens.",
        CalendarRule.ResultsAfterRegistrationCloses => "Results must be published after registration closes.",
        CalendarRule.RoundStartsAfterResults => $"Round {Round} cannot start before the results publication.",
        CalendarRule.RoundStartsAfterPreviousRound => $"Round {Round} cannot start before round {Round - 1}'s answer deadline.",
        CalendarRule.RoundAnswersDueAfterOffers => $"Round {Round}'s answer deadline must come after its offers.",
        _ => Rule.ToString(),
    };
}

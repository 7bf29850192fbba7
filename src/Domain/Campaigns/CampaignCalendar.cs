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
            problems.Add(new(nameof(RegistrationClosesAt), "Registration must close after it opens."));
        }

        if (ResultsPublishedAt <= RegistrationClosesAt)
        {
            problems.Add(new(nameof(ResultsPublishedAt), "Results must be published after registration closes."));
        }

        var previousEnd = ResultsPublishedAt;
        var previousName = "the results publication";
        for (var i = 0; i < Rounds.Count; i++)
        {
            var round = Rounds[i];
            var field = $"{nameof(Rounds)}[{i}]";
            if (round.OffersAt < previousEnd)
            {
                problems.Add(new($"{field}.{nameof(RoundDates.OffersAt)}", $"Round {i + 1} cannot start before {previousName}."));
            }

            if (round.AnswersDueAt <= round.OffersAt)
            {
                problems.Add(new($"{field}.{nameof(RoundDates.AnswersDueAt)}", $"Round {i + 1}'s answer deadline must come after its offers."));
            }

            previousEnd = round.AnswersDueAt;
            previousName = $"round {i + 1}'s answer deadline";
        }

        return problems;
    }
}

/// <summary>A broken calendar rule and the field it concerns.</summary>
public sealed record CalendarProblem(string Field, string Message);

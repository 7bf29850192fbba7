namespace Recruitment.Domain.Campaigns;

/// <summary>An allocation round as planned in the campaign's calendar.</summary>
public sealed class PlannedRound
{
    private PlannedRound()
    {
    }

    public int Id { get; private set; }

    public int CampaignId { get; private set; }

    /// <summary>1 for the first round.</summary>
    public int Number { get; private set; }

    public DateTimeOffset OffersAt { get; private set; }

    public DateTimeOffset AnswersDueAt { get; private set; }

    internal static PlannedRound Create(int number, RoundDates dates) =>
        new() { Number = number, OffersAt = dates.OffersAt, AnswersDueAt = dates.AnswersDueAt };

    internal void Reschedule(RoundDates dates)
    {
        OffersAt = dates.OffersAt;
        AnswersDueAt = dates.AnswersDueAt;
    }
}

using Recruitment.Domain.Common;
using Recruitment.Domain.Consortium;

namespace Recruitment.Domain.Campaigns;

/// <summary>One year's competition (e.g. "Concours 2027"): its calendar and its seat pools.</summary>
public sealed class Campaign
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int DefaultMaxWishes = 10;
    public const int MaxWishesLimit = 30;

    private readonly List<PlannedRound> _rounds = [];
    private readonly List<SeatPool> _seatPools = [];

    private Campaign()
    {
        Name = string.Empty;
    }

    public int Id { get; private set; }

    public int Year { get; private set; }

    public string Name { get; private set; }

    public DateTimeOffset RegistrationOpensAt { get; private set; }

    public DateTimeOffset RegistrationClosesAt { get; private set; }

    public DateTimeOffset ResultsPublishedAt { get; private set; }

    /// <summary>How many wishes an applicant may rank.</summary>
    public int MaxWishes { get; private set; }

    /// <summary>
    /// What an offer left unanswered at a round's deadline means: a resignation (false, the default), or an acceptance
    /// that keeps waiting for better wishes (true).
    /// </summary>
    public bool NoAnswerKeepsOffer { get; private set; }

    public bool NoAnswerMeansResignation => !NoAnswerKeepsOffer;

    public IReadOnlyList<PlannedRound> Rounds => _rounds;

    public IReadOnlyList<SeatPool> SeatPools => _seatPools;

    public CampaignCalendar Calendar => new(
        RegistrationOpensAt,
        RegistrationClosesAt,
        ResultsPublishedAt,
        [.. _rounds.OrderBy(r => r.Number).Select(r => new RoundDates(r.OffersAt, r.AnswersDueAt))]);

    public static Campaign Create(int year, string name, CampaignCalendar calendar, int maxWishes = DefaultMaxWishes)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new DomainException($"The campaign year must be between {MinYear} and {MaxYear}.");
        }

        var campaign = new Campaign { Year = year };
        campaign.Configure(name, maxWishes);
        campaign.Reschedule(calendar);
        return campaign;
    }

    public void Configure(string name, int maxWishes)
    {
        if (maxWishes is < 1 or > MaxWishesLimit)
        {
            throw new DomainException($"The maximum number of wishes must be between 1 and {MaxWishesLimit}.");
        }

        Name = Guard.NotBlank(name, "Campaign name", 100);
        MaxWishes = maxWishes;
    }

    public void SetNoAnswerRule(bool keepsOffer) => NoAnswerKeepsOffer = keepsOffer;

    public void Reschedule(CampaignCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var problems = calendar.Problems();
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems.Select(p => p.Message)));
        }

        RegistrationOpensAt = calendar.RegistrationOpensAt;
        RegistrationClosesAt = calendar.RegistrationClosesAt;
        ResultsPublishedAt = calendar.ResultsPublishedAt;

        // Rounds keep their rows (and identities) by number; extra rows go, missing ones come.
        for (var i = 0; i < calendar.Rounds.Count; i++)
        {
            var number = i + 1;
            var existing = _rounds.Find(r => r.Number == number);
            if (existing is null)
            {
                _rounds.Add(PlannedRound.Create(number, calendar.Rounds[i]));
            }
            else
            {
                existing.Reschedule(calendar.Rounds[i]);
            }
        }

        _rounds.RemoveAll(r => r.Number > calendar.Rounds.Count);
    }

    /// <summary>Sets the number of seats of the pool (program, status, track), creating the pool if needed.</summary>
    public SeatPool SetSeats(EngineeringProgram program, ProgramStatus status, Track track, int seats)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(track);
        if (seats < 0)
        {
            throw new DomainException("The number of seats must be 0 or more.");
        }

        if (!program.Offers(status))
        {
            throw new DomainException($"Program {program.Code} is not offered under {status.ToString().ToLowerInvariant()} status.");
        }

        var pool = FindPool(program, status, track);
        if (pool is null)
        {
            pool = SeatPool.Create(program, status, track, seats);
            _seatPools.Add(pool);
        }
        else
        {
            pool.ChangeSeats(seats);
        }

        return pool;
    }

    public void RemovePool(EngineeringProgram program, ProgramStatus status, Track track)
    {
        var pool = FindPool(program, status, track)
            ?? throw new DomainException($"The campaign {Year} has no pool for {program.Code}, {status} status, track {track.Code}.");
        _seatPools.Remove(pool);
    }

    public SeatPool? FindPool(EngineeringProgram program, ProgramStatus status, Track track) =>
        _seatPools.Find(p => p.Is(program, status, track));

    public int TotalSeats => _seatPools.Sum(p => p.Seats);

    /// <summary>Whether applicants may submit or edit their applications at this instant.</summary>
    public bool IsRegistrationOpen(DateTimeOffset now) => now >= RegistrationOpensAt && now < RegistrationClosesAt;
}

using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Rounds;

namespace Recruitment.Application.Rounds.GetMyAllocation;

/// <summary>
/// Where an application stands in the allocation: the latest round's offer and answer, the seat held, the wishes in
/// play, and why each better wish was not obtained. Not found before the first round, or for a file not allocated
/// (not eligible or not ranked); a candidate who resigned is no longer in the latest round and has no offer.
/// </summary>
public sealed record GetMyAllocationQuery(string Number) : IQuery<MyAllocationDto>;

public sealed record MyAllocationDto(
    int Round,
    bool RoundOpen,
    DateTimeOffset AnswersDueAt,
    bool CanAnswer,
    CandidacyStatus Status,
    string? Offer,
    bool OfferIsNew,
    OfferAnswer Answer,
    string? HeldPool,
    IReadOnlyList<string> WishesInPlay,
    IReadOnlyList<WishExplanation> Explanation,
    IReadOnlyDictionary<string, string> PoolNames);

/// <summary>A better wish not obtained: not eligible, or full with the last admitted rank and the candidate's rank.</summary>
public sealed record WishExplanation(string Pool, bool Eligible, int? LastAdmittedRank, int? Rank);

internal sealed class GetMyAllocationHandler(IApplicationDbContext db, ApplicationAccess access, TimeProvider clock)
    : IQueryHandler<GetMyAllocationQuery, MyAllocationDto>
{
    public async ValueTask<MyAllocationDto> Handle(GetMyAllocationQuery query, CancellationToken cancellationToken)
    {
        var file = await access.LoadAsync(query.Number, cancellationToken);
        var round = await db.AllocationRounds.AsNoTracking()
            .Where(r => r.CampaignId == file.CampaignId)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Id, r.Number, r.Status, r.AnswersDueAt })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Allocation of application", query.Number);
        var offer = await db.RoundOffers.AsNoTracking().SingleOrDefaultAsync(o => o.AllocationRoundId == round.Id && o.ApplicationNumber == file.Number, cancellationToken);
        var candidacy = await db.Candidacies.AsNoTracking().SingleOrDefaultAsync(c => c.CampaignId == file.CampaignId && c.ApplicationNumber == file.Number, cancellationToken);
        if (candidacy is null)
        {
            throw NotFoundException.For("Allocation of application", query.Number);
        }

        var names = await db.SeatPools.AsNoTracking()
            .Where(p => p.CampaignId == file.CampaignId)
            .Select(p => new { Program = p.Program!.Code, p.Status, Track = p.Track!.Code, Name = p.Program.Name, School = p.Program.School!.Name })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new MyAllocationDto(
            round.Number,
            round.Status == RoundStatus.Open,
            round.AnswersDueAt,
            round.Status == RoundStatus.Open && now < round.AnswersDueAt && offer?.AwaitsAnswer == true,
            candidacy.Status,
            offer?.Pool,
            offer?.Pool is not null && !offer.AlreadyHeld,
            offer?.Answer ?? OfferAnswer.Pending,
            candidacy.HeldPool,
            candidacy.Wishes,
            [.. (offer?.Explanation ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse)],
            names.ToDictionary(
                n => new Domain.Campaigns.SeatPoolKey(n.Program, n.Status, n.Track).ToString(),
                n => $"{n.Name}, {n.School}",
                StringComparer.Ordinal));
    }

    private static WishExplanation Parse(string line)
    {
        var parts = line.Split(' ');
        return parts[1] == "not-eligible"
            ? new WishExplanation(parts[0], false, null, null)
            : new WishExplanation(parts[0], true, parts[2] == "-" ? null : int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
    }
}

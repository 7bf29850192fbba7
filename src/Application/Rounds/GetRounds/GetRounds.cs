using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Rounds;

namespace Recruitment.Application.Rounds.GetRounds;

/// <summary>A campaign's rounds, newest first, with each pool's figures and the answers so far.</summary>
public sealed record GetRoundsQuery(int Year) : IQuery<IReadOnlyList<RoundDto>>;

public sealed record RoundDto(
    int Number,
    RoundStatus Status,
    DateTimeOffset OpenedAt,
    string OpenedBy,
    DateTimeOffset AnswersDueAt,
    DateTimeOffset? ClosedAt,
    string EngineVersion,
    string InputSha256,
    string OutputSha256,
    IReadOnlyDictionary<OfferAnswer, int> Answers,
    IReadOnlyList<RoundPoolFigures> Pools);

internal sealed class GetRoundsHandler(IApplicationDbContext db) : IQueryHandler<GetRoundsQuery, IReadOnlyList<RoundDto>>
{
    public async ValueTask<IReadOnlyList<RoundDto>> Handle(GetRoundsQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(query.Year, cancellationToken);
        var rounds = await db.AllocationRounds.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id)
            .OrderByDescending(r => r.Number)
            .Select(r => new { r.Id, r.Number, r.Status, r.OpenedAt, r.OpenedBy, r.AnswersDueAt, r.ClosedAt, r.EngineVersion, r.InputSha256, r.OutputSha256, r.Pools })
            .ToListAsync(cancellationToken);
        var ids = rounds.Select(r => r.Id).ToList();
        var answers = await db.RoundOffers.AsNoTracking()
            .Where(o => ids.Contains(o.AllocationRoundId) && o.Pool != null && !o.AlreadyHeld)
            .GroupBy(o => new { o.AllocationRoundId, o.Answer })
            .Select(g => new { g.Key.AllocationRoundId, g.Key.Answer, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rounds.Select(r => new RoundDto(
            r.Number,
            r.Status,
            r.OpenedAt,
            r.OpenedBy,
            r.AnswersDueAt,
            r.ClosedAt,
            r.EngineVersion,
            r.InputSha256,
            r.OutputSha256,
            answers.Where(a => a.AllocationRoundId == r.Id).ToDictionary(a => a.Answer, a => a.Count),
            [.. r.Pools.OrderBy(p => p.Pool, StringComparer.Ordinal)]))];
    }
}

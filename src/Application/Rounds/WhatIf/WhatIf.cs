using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Application.Rounds.WhatIf;

/// <summary>
/// Runs the allocation on the current wishes in play with changed capacities and compares it with the capacities as
/// they are. Nothing is saved or published.
/// </summary>
public sealed record WhatIfQuery(int Year, IReadOnlyDictionary<string, int> Capacities) : IQuery<WhatIfDto>;

public sealed record WhatIfDto(int Candidates, int AssignedNow, int AssignedThen, int CandidatesMoved, IReadOnlyList<WhatIfPool> Pools);

public sealed record WhatIfPool(string Pool, int CapacityNow, int CapacityThen, int AdmittedNow, int AdmittedThen, int? LastAdmittedRankNow, int? LastAdmittedRankThen);

internal sealed class WhatIfHandler(IApplicationDbContext db, RoundEngine engine) : IQueryHandler<WhatIfQuery, WhatIfDto>
{
    public async ValueTask<WhatIfDto> Handle(WhatIfQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(query.Year, cancellationToken);
        var rankings = await engine.PublishedRankingsAsync(campaign, cancellationToken);
        var candidacies = await engine.CandidaciesAsync(campaign, rankings, cancellationToken);
        var now = RoundEngine.AllocateAndVerify(await engine.InstanceAsync(campaign, rankings, candidacies, null, cancellationToken));
        var unknown = query.Capacities.Keys.Where(pool => !now.Pools.Any(p => p.Id == pool)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            // A mistyped pool would otherwise leave the result unchanged without a word.
            throw new ValidationException(unknown.Select(pool => new ValidationFailure(
                $"{nameof(WhatIfQuery.Capacities)}[{pool}]",
                Text.Format("There is no seat pool {0} in campaign {1}.", pool, query.Year))));
        }

        var then = RoundEngine.AllocateAndVerify(await engine.InstanceAsync(campaign, rankings, candidacies, query.Capacities, cancellationToken));

        var moved = now.Assignments.Zip(then.Assignments).Count(pair => pair.First.Pool != pair.Second.Pool);
        return new WhatIfDto(
            now.Assignments.Count,
            now.Assignments.Count(a => a.Pool is not null),
            then.Assignments.Count(a => a.Pool is not null),
            moved,
            [.. now.Pools.Zip(then.Pools).Select(pair => new WhatIfPool(
                pair.First.Id,
                pair.First.Capacity,
                pair.Second.Capacity,
                pair.First.Admitted,
                pair.Second.Admitted,
                pair.First.LastAdmittedRank,
                pair.Second.LastAdmittedRank))]);
    }
}

internal sealed class WhatIfValidator : AbstractValidator<WhatIfQuery>
{
    public WhatIfValidator()
    {
        RuleForEach(q => q.Capacities)
            .Must(c => c.Value >= 0)
            .WithMessage((_, c) => Text.Format("The capacity of {0} must be 0 or more.", c.Key));
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Allocation;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Allocation;

namespace Recruitment.Application.Rounds.ReplayRound;

/// <summary>
/// Recomputes a stored round from its stored input with this engine and says whether the output is the same, byte
/// for byte (same SHA-256).
/// </summary>
public sealed record ReplayRoundQuery(int Year, int Round) : IQuery<ReplayResult>;

/// <summary>
/// A replay: whether the stored input and output still have the hashes recorded when the round was opened, and the
/// hash of the output computed again from the stored input.
/// </summary>
public sealed record ReplayResult(
    int Round,
    string EngineVersion,
    string InputSha256,
    bool InputIntact,
    string StoredOutputSha256,
    bool OutputIntact,
    string ReplayedOutputSha256)
{
    public bool Same => InputIntact && OutputIntact && StoredOutputSha256 == ReplayedOutputSha256;
}

internal sealed class ReplayRoundHandler(IApplicationDbContext db) : IQueryHandler<ReplayRoundQuery, ReplayResult>
{
    public async ValueTask<ReplayResult> Handle(ReplayRoundQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(query.Year, cancellationToken);
        var round = await db.AllocationRounds.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && r.Number == query.Round)
            .Select(r => new { r.EngineVersion, r.Input, r.InputSha256, r.Output, r.OutputSha256 })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Round", query.Round);

        var instance = InstanceReader.Read(round.Input, $"round {query.Round} input");
        var output = RoundEngine.Output(DeferredAcceptance.Allocate(instance));
        return new ReplayResult(
            query.Round,
            round.EngineVersion,
            round.InputSha256,
            RoundEngine.Sha256(round.Input) == round.InputSha256,
            round.OutputSha256,
            RoundEngine.Sha256(round.Output) == round.OutputSha256,
            output.Sha256);
    }
}

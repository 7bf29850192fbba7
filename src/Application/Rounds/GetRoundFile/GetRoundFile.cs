using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Rounds.GetRoundFile;

/// <summary>
/// A round's input (the instance) or output (the result with explanations), byte for byte as stored: running
/// <c>allocate --input input.json --explain</c> on the input gives the output, and their SHA-256 are the round's.
/// </summary>
public sealed record GetRoundFileQuery(int Year, int Round, bool Output) : IQuery<RoundFileDto>;

public sealed record RoundFileDto(string FileName, byte[] Content, string Sha256);

internal sealed class GetRoundFileHandler(IApplicationDbContext db) : IQueryHandler<GetRoundFileQuery, RoundFileDto>
{
    public async ValueTask<RoundFileDto> Handle(GetRoundFileQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignAsync(query.Year, cancellationToken);
        var round = await db.AllocationRounds.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id && r.Number == query.Round)
            .Select(r => query.Output ? new { Content = r.Output, Sha = r.OutputSha256 } : new { Content = r.Input, Sha = r.InputSha256 })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Round", query.Round);
        var kind = query.Output ? "output" : "input";
        return new RoundFileDto($"round-{query.Year}-{query.Round}-{kind}-{round.Sha[..12]}.json", round.Content, round.Sha);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;

namespace Recruitment.Application.Campaigns.GetCampaign;

public sealed record GetCampaignQuery(int Year) : IQuery<CampaignDto>;

public sealed record CampaignDto(
    int Year,
    string Name,
    int MaxWishes,
    DateTimeOffset RegistrationOpensAt,
    DateTimeOffset RegistrationClosesAt,
    DateTimeOffset ResultsPublishedAt,
    IReadOnlyList<RoundDates> Rounds,
    IReadOnlyList<SeatPoolDto> Pools,
    bool NoAnswerKeepsOffer = false)
{
    public int TotalSeats => Pools.Sum(p => p.Seats);
}

public sealed record SeatPoolDto(
    string Key,
    string SchoolCode,
    string SchoolName,
    string ProgramCode,
    string ProgramName,
    ProgramStatus Status,
    string TrackCode,
    int Seats);

internal sealed class GetCampaignHandler(IApplicationDbContext db) : IQueryHandler<GetCampaignQuery, CampaignDto>
{
    public async ValueTask<CampaignDto> Handle(GetCampaignQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => c.Year == query.Year)
            .Select(c => new
            {
                c.Id,
                c.Year,
                c.Name,
                c.MaxWishes,
                c.NoAnswerKeepsOffer,
                c.RegistrationOpensAt,
                c.RegistrationClosesAt,
                c.ResultsPublishedAt,
                Rounds = c.Rounds.OrderBy(r => r.Number).Select(r => new RoundDates(r.OffersAt, r.AnswersDueAt)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Campaign", query.Year);

        var pools = await db.SeatPools.AsNoTracking()
            .Where(p => p.CampaignId == campaign.Id)
            .Select(p => new
            {
                SchoolCode = p.Program!.School!.Code,
                SchoolName = p.Program.School.Name,
                ProgramCode = p.Program.Code,
                ProgramName = p.Program.Name,
                p.Status,
                TrackCode = p.Track!.Code,
                p.Seats,
            })
            .ToListAsync(cancellationToken);

        return new CampaignDto(
            campaign.Year,
            campaign.Name,
            campaign.MaxWishes,
            campaign.RegistrationOpensAt,
            campaign.RegistrationClosesAt,
            campaign.ResultsPublishedAt,
            campaign.Rounds,
            [.. pools
                .Select(p => new SeatPoolDto(
                    new SeatPoolKey(p.ProgramCode, p.Status, p.TrackCode).ToString(),
                    p.SchoolCode,
                    p.SchoolName,
                    p.ProgramCode,
                    p.ProgramName,
                    p.Status,
                    p.TrackCode,
                    p.Seats))
                .OrderBy(p => p.Key, StringComparer.Ordinal)],
            campaign.NoAnswerKeepsOffer);
    }
}

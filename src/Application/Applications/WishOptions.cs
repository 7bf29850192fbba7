using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Consortium;

namespace Recruitment.Application.Applications;

/// <summary>A (program, status) pair an applicant of a track may wish: the campaign has a seat pool for it.</summary>
public sealed record WishOptionDto(
    string ProgramCode,
    string ProgramName,
    string SchoolCode,
    string SchoolName,
    ProgramStatus Status,
    int ProgramId)
{
    public string Key => $"{ProgramCode}/{Status.ToCode()}";
}

internal static class WishOptions
{
    /// <summary>The pairs open to a track in a campaign: those with a seat pool for the track.</summary>
    public static async Task<IReadOnlyList<WishOptionDto>> OfTrackAsync(IApplicationDbContext db, int campaignId, int trackId, CancellationToken cancellationToken) =>
        await db.SeatPools.AsNoTracking()
            .Where(p => p.CampaignId == campaignId && p.TrackId == trackId)
            .OrderBy(p => p.Program!.School!.Code).ThenBy(p => p.Program!.Code).ThenBy(p => p.Status)
            .Select(p => new WishOptionDto(p.Program!.Code, p.Program.Name, p.Program.School!.Code, p.Program.School.Name, p.Status, p.ProgramId))
            .ToListAsync(cancellationToken);

    public static IReadOnlySet<WishChoice> AsChoices(this IEnumerable<WishOptionDto> options) =>
        options.Select(o => new WishChoice(o.ProgramId, o.Status)).ToHashSet();
}

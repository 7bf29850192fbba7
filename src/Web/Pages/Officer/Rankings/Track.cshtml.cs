using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Rankings;
using Recruitment.Application.Rankings.ComputeRanking;
using Recruitment.Application.Rankings.CorrectRanking;
using Recruitment.Application.Rankings.GetRankingDifferences;
using Recruitment.Application.Rankings.GetRankingSettings;
using Recruitment.Application.Rankings.ListRankingVersions;
using Recruitment.Application.Rankings.PublishRanking;
using Recruitment.Domain.Rankings;

namespace Recruitment.Web.Pages.Officer.Rankings;

/// <summary>
/// One track's ranking: its rules, computing it with a seed, approving a computed version (another officer), the
/// corrections after publication, every version kept and what the latest one changed.
/// </summary>
public sealed class TrackModel(IMediator mediator, IStringLocalizer<TrackModel> text) : OfficerPage(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Track { get; set; } = string.Empty;

    [BindProperty]
    public string? Seed { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Sha256 { get; set; }

    public RankingSettingsDto Settings { get; private set; } = null!;

    public IReadOnlyList<RankingVersionDto> Versions { get; private set; } = [];

    public RankingDifferencesDto? Differences { get; private set; }

    public bool IsPublished => Versions.Any(v => v.Status != RankingStatus.Computed);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostComputeAsync(CancellationToken cancellationToken)
    {
        var computed = await TryAsync(m => m.Send(new ComputeRankingCommand(Year, Track, Seed ?? string.Empty), cancellationToken), f => f);
        return await DoneAsync(computed is null ? null : text["Version {0} is computed. Another officer can now check and approve it.", computed.Number].Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken)
    {
        var corrected = await TryAsync(m => m.Send(new CorrectRankingCommand(Year, Track, Reason ?? string.Empty), cancellationToken), f => f);
        return await DoneAsync(corrected is null ? null : text["Version {0} is computed as a correction. Another officer can now check and approve it.", corrected.Number].Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var published = await TryAsync(m => m.Send(new PublishRankingCommand(Year, Track, Version, Sha256 ?? string.Empty), cancellationToken));
        return await DoneAsync(published is null ? null : text["Version {0} is published.", published.Number].Value, cancellationToken);
    }

    private async Task<IActionResult> DoneAsync(string? success, CancellationToken cancellationToken)
    {
        if (success is not null)
        {
            TempData["Success"] = success;
            return RedirectToPage(new { year = Year, track = Track });
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = await TryAsync(m => m.Send(new GetRankingSettingsQuery(Year, Track), cancellationToken));
        if (settings is null)
        {
            return false;
        }

        Settings = settings;
        Track = settings.Track;
        Versions = await Mediator.Send(new ListRankingVersionsQuery(Year, Track), cancellationToken);
        if (Versions.Count > 0 && Versions[0].Number > 1)
        {
            Differences = await Mediator.Send(new GetRankingDifferencesQuery(Year, Track, Versions[0].Number), cancellationToken);
        }

        return true;
    }
}

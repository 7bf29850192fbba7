using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.GetRankingSettings;

/// <summary>A track's ranking rules in a campaign, with the subjects the track is examined in.</summary>
public sealed record GetRankingSettingsQuery(int Year, string Track) : IQuery<RankingSettingsDto>;

/// <param name="Configured">False while no officer has set the rules; the other fields are then empty.</param>
public sealed record RankingSettingsDto(
    int Year,
    string Track,
    string TrackName,
    bool Configured,
    IReadOnlyList<SubjectCoefficient> Subjects,
    decimal AdmissibilityBar,
    IReadOnlyList<string> TieBreakChain,
    IReadOnlyList<TrackSubjectDto> TrackSubjects,
    string? ChangedBy,
    DateTimeOffset? ChangedAt);

public sealed record TrackSubjectDto(string Code, string Name);

internal sealed class GetRankingSettingsHandler(IApplicationDbContext db, ApplicationAccess access)
    : IQueryHandler<GetRankingSettingsQuery, RankingSettingsDto>
{
    public async ValueTask<RankingSettingsDto> Handle(GetRankingSettingsQuery query, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, query.Year, query.Track, cancellationToken);
        return await ReadAsync(db, scope, cancellationToken);
    }

    internal static async Task<RankingSettingsDto> ReadAsync(IApplicationDbContext db, RankingScope scope, CancellationToken cancellationToken)
    {
        var subjects = await db.Tracks.AsNoTracking()
            .Where(t => t.Id == scope.TrackId)
            .SelectMany(t => t.Subjects.Select(s => new TrackSubjectDto(s.Code, s.Name)))
            .ToListAsync(cancellationToken);
        var settings = await db.RankingSettings.AsNoTracking()
            .SingleOrDefaultAsync(s => s.CampaignId == scope.CampaignId && s.TrackId == scope.TrackId, cancellationToken);
        if (settings is null)
        {
            return new RankingSettingsDto(scope.Year, scope.Track, scope.TrackName, false, [], 0, [], subjects, null, null);
        }

        var rules = settings.ToRules(scope.Year, scope.Track);
        return new RankingSettingsDto(
            scope.Year, scope.Track, scope.TrackName, true, rules.Subjects, rules.AdmissibilityBar, rules.TieBreakChain, subjects, settings.ChangedBy, settings.ChangedAt);
    }
}

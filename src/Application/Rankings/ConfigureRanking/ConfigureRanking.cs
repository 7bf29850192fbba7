using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Rankings.GetRankingSettings;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.ConfigureRanking;

/// <summary>
/// Sets how a track's ranking is computed in a campaign: subjects with coefficients (in the officer's order), the
/// admissibility bar and the tie-break chain (the lottery always comes last). Versions already computed keep the rules
/// they were computed with.
/// </summary>
public sealed record ConfigureRankingCommand(
    int Year,
    string Track,
    IReadOnlyList<SubjectCoefficient> Subjects,
    decimal AdmissibilityBar,
    IReadOnlyList<string> TieBreakChain) : ICommand<RankingSettingsDto>;

internal sealed class ConfigureRankingHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<ConfigureRankingCommand, RankingSettingsDto>
{
    public async ValueTask<RankingSettingsDto> Handle(ConfigureRankingCommand command, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, command.Year, command.Track, cancellationToken);
        var rules = new RankingRules(
            scope.Year,
            scope.Track,
            command.Subjects.Select(s => s with { Subject = s.Subject.Trim().ToUpperInvariant() }),
            command.AdmissibilityBar,
            command.TieBreakChain.Select(s => s.Trim().ToUpperInvariant()));
        var now = clock.GetUtcNow();
        var settings = await db.RankingSettings.SingleOrDefaultAsync(s => s.CampaignId == scope.CampaignId && s.TrackId == scope.TrackId, cancellationToken);
        IReadOnlyList<string> changes;
        if (settings is null)
        {
            settings = TrackRankingSettings.Create(scope.CampaignId, scope.TrackId, rules, user.DisplayName, now);
            db.RankingSettings.Add(settings);
            changes = [$"Rules set: subjects {settings.Subjects}, bar {RankingRulesText.Number(settings.AdmissibilityBar)}, tie-break {ChainText(settings.TieBreakChain)}"];
        }
        else
        {
            changes = settings.Change(rules, user.DisplayName, now);
        }

        if (changes.Count > 0)
        {
            audit.Record(RankingScope.AuditSubject, scope.AuditKey, "RulesChanged", changes);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await GetRankingSettingsHandler.ReadAsync(db, scope, cancellationToken);
    }

    private static string ChainText(string chain) => chain.Length == 0 ? "lottery" : $"{chain},lottery";
}

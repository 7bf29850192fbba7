using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Rankings;

namespace Recruitment.Application.Rankings.PublishRanking;

/// <summary>
/// A second officer approves a computed version, named by its number and the hash they saw; it is then published and
/// frozen, and the version it corrects is kept as superseded. The officer who computed it cannot approve it.
/// </summary>
public sealed record PublishRankingCommand(int Year, string Track, int Version, string Sha256) : ICommand<RankingVersionDto>;

internal sealed class PublishRankingHandler(IApplicationDbContext db, ApplicationAccess access, ICurrentUser user, AuditLog audit, TimeProvider clock)
    : ICommandHandler<PublishRankingCommand, RankingVersionDto>
{
    public async ValueTask<RankingVersionDto> Handle(PublishRankingCommand command, CancellationToken cancellationToken)
    {
        RankingScope.EnsureStaff(access);
        var scope = await RankingScope.LoadAsync(db, command.Year, command.Track, cancellationToken);
        var version = await scope.VersionAsync(db, command.Version, forUpdate: true, cancellationToken);
        var previous = await scope.Versions(db).FirstOrDefaultAsync(v => v.Status == RankingStatus.Published, cancellationToken);
        var approver = user.UserId ?? throw new InvalidOperationException("A ranking is approved by a signed-in officer.");
        version.Publish(approver, user.DisplayName, command.Sha256.Trim(), clock.GetUtcNow());
        previous?.Supersede();
        audit.Record(
            RankingScope.AuditSubject,
            scope.AuditKey,
            "RankingPublished",
            FormattableString.Invariant($"Version {version.Number} computed by {version.ComputedByName} approved and published; SHA-256 {version.Sha256}")
                + (previous is null ? string.Empty : FormattableString.Invariant($"; version {previous.Number} superseded")));
        await db.SaveChangesAsync(cancellationToken);
        return RankingVersionDto.From(scope, version, user.UserId);
    }
}

internal sealed class PublishRankingValidator : AbstractValidator<PublishRankingCommand>
{
    public PublishRankingValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(Domain.Campaigns.Campaign.MinYear, Domain.Campaigns.Campaign.MaxYear);
        RuleFor(c => c.Track).NotEmpty().MaximumLength(Domain.Consortium.ReferenceCode.MaxLength);
        RuleFor(c => c.Version).GreaterThan(0);
        RuleFor(c => c.Sha256)
            .NotEmpty().WithMessage(_ => Text.Get("Give the SHA-256 of the version you approve, as shown with it."))
            .Length(64).WithMessage(_ => Text.Get("A SHA-256 has 64 hexadecimal digits."));
    }
}

using System.Security.Cryptography;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Common;

namespace Recruitment.Application.Applications.StartApplication;

/// <summary>Starts the applicant's application to the campaign taking applications, or returns the one they have.</summary>
public sealed record StartApplicationCommand : ICommand<string>;

internal sealed class StartApplicationHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    AuditLog audit,
    TimeProvider clock) : ICommandHandler<StartApplicationCommand, string>
{
    // No 0/O or 1/I/L: numbers are read aloud on the phone.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public async ValueTask<string> Handle(StartApplicationCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Applicant) || user.UserId is not { } applicantId)
        {
            throw new ForbiddenAccessException("Only applicants start an application.");
        }

        var now = clock.GetUtcNow();
        var campaign = await db.Campaigns
            .Where(c => c.RegistrationClosesAt > now)
            .OrderBy(c => c.RegistrationClosesAt)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("No campaign is taking applications at the moment.");

        var existing = await db.Applications
            .Where(a => a.CampaignId == campaign.Id && a.ApplicantId == applicantId)
            .Select(a => a.Number)
            .SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var email = user.Email ?? string.Empty;
        var file = ApplicationFile.Create(campaign, applicantId, email, await NewNumberAsync(campaign.Year, cancellationToken), now);
        db.Applications.Add(file);
        audit.Record(AuditLog.ApplicationSubject, file.Number, "Created", $"Application started for {campaign.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return file.Number;
    }

    private async Task<string> NewNumberAsync(int year, CancellationToken cancellationToken)
    {
        while (true)
        {
            var number = $"{year}-{RandomNumberGenerator.GetString(Alphabet, 8)}";
            if (!await db.Applications.AnyAsync(a => a.Number == number, cancellationToken))
            {
                return number;
            }
        }
    }
}

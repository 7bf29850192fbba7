using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;

namespace Recruitment.Application.Applications;

/// <summary>
/// Who may see which application. Officers and administrators see every file; an applicant sees only their own,
/// and another applicant's file does not exist for them (404, not 403, which would confirm it exists); directors
/// and anyone else see none.
/// </summary>
public sealed class ApplicationAccess(IApplicationDbContext db, ICurrentUser user)
{
    public bool IsStaff => user.IsInRole(Roles.AdmissionsOfficer) || user.IsInRole(Roles.Administrator);

    /// <summary>The file with its wishes and documents, tracked for changes.</summary>
    public async Task<ApplicationFile> LoadAsync(string number, CancellationToken cancellationToken)
    {
        var query = db.Applications
            .Include(a => a.Wishes).ThenInclude(w => w.Program).ThenInclude(p => p!.School)
            .Include(a => a.Documents);
        return await Visible(query).SingleOrDefaultAsync(a => a.Number == number, cancellationToken)
            ?? throw NotFoundException.For("Application", number);
    }

    /// <summary>The caller's own file, to change it: only its applicant writes an application.</summary>
    public async Task<ApplicationFile> LoadOwnAsync(string number, CancellationToken cancellationToken)
    {
        var file = await LoadAsync(number, cancellationToken);
        if (file.ApplicantId != user.UserId)
        {
            throw new ForbiddenAccessException("Only the applicant changes their application.");
        }

        return file;
    }

    /// <summary>Whether the caller may see the file, without loading it.</summary>
    public async Task EnsureVisibleAsync(string number, CancellationToken cancellationToken)
    {
        if (!await Visible(db.Applications.AsNoTracking()).AnyAsync(a => a.Number == number, cancellationToken))
        {
            throw NotFoundException.For("Application", number);
        }
    }

    public async Task<Campaign> CampaignOfAsync(ApplicationFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        return await db.Campaigns.SingleAsync(c => c.Id == file.CampaignId, cancellationToken);
    }

    private IQueryable<ApplicationFile> Visible(IQueryable<ApplicationFile> query)
    {
        if (IsStaff)
        {
            return query;
        }

        if (user.IsInRole(Roles.Applicant) && user.UserId is { } me)
        {
            return query.Where(a => a.ApplicantId == me);
        }

        throw new ForbiddenAccessException("Applications are seen by their applicant and by admissions officers only.");
    }
}

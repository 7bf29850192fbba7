using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications.UpdateIdentity;
using Recruitment.Domain.Applications;

namespace Recruitment.Web.Pages.Apply;

public sealed class IdentityModel(IMediator mediator) : ApplicantPage(mediator)
{
    [BindProperty]
    public IdentityForm Input { get; set; } = new();

    /// <summary>Countries for the nationality list, named in the reader's language, sorted by name.</summary>
    public static IReadOnlyList<(string Value, string Text)> Countries() =>
        [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
            .Where(r => r is not null && r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
            .DistinctBy(r => r!.TwoLetterISORegionName)
            .Select(r => (r!.TwoLetterISORegionName, r.DisplayName))
            .OrderBy(c => c.DisplayName, StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreNonSpace))];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return ToDashboard();
        }

        var identity = Application.Identity;
        Input = new IdentityForm
        {
            FirstName = identity?.FirstName ?? string.Empty,
            LastName = identity?.LastName ?? string.Empty,
            BirthDate = identity?.BirthDate,
            Nationality = identity?.Nationality ?? "FR",
            Sex = identity?.Sex,
            Ine = identity?.Ine,
            Version = Application.Versions.Identity,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return ToDashboard();
        }

        var command = new UpdateIdentityCommand(
            Application.Number, Input.FirstName, Input.LastName, Input.BirthDate, Input.Nationality, Input.Sex, Input.Ine, Input.Version);
        if (ModelState.IsValid && await TrySaveAsync(command, nameof(Input), cancellationToken))
        {
            Saved(Recruitment.Application.Common.Localization.Text.Get("Your identity is saved."));
            return RedirectToPage("/Apply/Contact");
        }

        return Page();
    }

    public sealed class IdentityForm
    {
        public string FirstName { get; set; } = string.Empty;

        public string LastName { get; set; } = string.Empty;

        public DateOnly? BirthDate { get; set; }

        public string Nationality { get; set; } = string.Empty;

        public Sex? Sex { get; set; }

        public string? Ine { get; set; }

        public int Version { get; set; }
    }
}

using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications.SetScholarship;
using Recruitment.Application.Applications.UpdateStudies;
using Recruitment.Application.Common.Localization;
using Recruitment.Application.Consortium.GetConsortium;

namespace Recruitment.Web.Pages.Apply;

/// <summary>The track and previous studies, and the scholarship question, saved separately.</summary>
public sealed class StudiesModel(IMediator mediator) : ApplicantPage(mediator)
{
    [BindProperty]
    public StudiesForm Input { get; set; } = new();

    [BindProperty]
    public ScholarshipForm Scholarship { get; set; } = new();

    public IReadOnlyList<TrackDto> Tracks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(cancellationToken))
        {
            return ToDashboard();
        }

        var studies = Application.Studies;
        Input = new StudiesForm
        {
            TrackCode = studies?.TrackCode ?? string.Empty,
            Institution = studies?.Institution ?? string.Empty,
            Diploma = studies?.Diploma ?? string.Empty,
            DiplomaYear = studies?.DiplomaYear,
            Version = Application.Versions.Studies,
        };
        Scholarship = new ScholarshipForm { Holder = Application.ScholarshipHolder, Version = Application.Versions.Scholarship };
        return Page();
    }

    public async Task<IActionResult> OnPostStudiesAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(cancellationToken))
        {
            return ToDashboard();
        }

        Scholarship = new ScholarshipForm { Holder = Application.ScholarshipHolder, Version = Application.Versions.Scholarship };
        var command = new UpdateStudiesCommand(Application.Number, Input.TrackCode, Input.Institution, Input.Diploma, Input.DiplomaYear, Input.Version);
        var dropped = false;
        if (await TrySaveAsync(command, nameof(Input), cancellationToken, saved => dropped = saved.Changes.Any(c => c.StartsWith("Wishes:", StringComparison.Ordinal))))
        {
            Saved(dropped
                ? Text.Get("Your studies are saved. Some wishes were removed because they are not open to your new track: check your wishes.")
                : Text.Get("Your studies are saved."));
            return RedirectToPage("/Apply/Studies", null, "scholarship");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostScholarshipAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(cancellationToken))
        {
            return ToDashboard();
        }

        Input = new StudiesForm
        {
            TrackCode = Application.Studies?.TrackCode ?? string.Empty,
            Institution = Application.Studies?.Institution ?? string.Empty,
            Diploma = Application.Studies?.Diploma ?? string.Empty,
            DiplomaYear = Application.Studies?.DiplomaYear,
            Version = Application.Versions.Studies,
        };
        if (await TrySaveAsync(new SetScholarshipCommand(Application.Number, Scholarship.Holder, Scholarship.Version), nameof(Scholarship), cancellationToken))
        {
            Saved(Text.Get("Your answer about scholarships is saved."));
            return RedirectToPage("/Apply/Wishes");
        }

        return Page();
    }

    private async Task<bool> LoadAllAsync(CancellationToken cancellationToken)
    {
        Tracks = (await Mediator.Send(new GetConsortiumQuery(), cancellationToken)).Tracks;
        return await LoadAsync(cancellationToken);
    }

    public sealed class StudiesForm
    {
        public string TrackCode { get; set; } = string.Empty;

        public string Institution { get; set; } = string.Empty;

        public string Diploma { get; set; } = string.Empty;

        public int? DiplomaYear { get; set; }

        public int Version { get; set; }
    }

    public sealed class ScholarshipForm
    {
        public bool? Holder { get; set; }

        public int Version { get; set; }
    }
}

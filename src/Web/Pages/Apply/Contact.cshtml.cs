using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications.UpdateContact;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Web.Pages.Apply;

public sealed class ContactModel(IMediator mediator) : ApplicantPage(mediator)
{
    [BindProperty]
    public ContactForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return ToDashboard();
        }

        var contact = Application.Contact;
        Input = new ContactForm
        {
            Phone = contact?.Phone ?? string.Empty,
            AddressLine = contact?.AddressLine ?? string.Empty,
            PostalCode = contact?.PostalCode ?? string.Empty,
            City = contact?.City ?? string.Empty,
            Country = contact?.Country ?? "FR",
            Version = Application.Versions.Contact,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return ToDashboard();
        }

        var command = new UpdateContactCommand(Application.Number, Input.Phone, Input.AddressLine, Input.PostalCode, Input.City, Input.Country, Input.Version);
        if (await TrySaveAsync(command, nameof(Input), cancellationToken))
        {
            Saved(Text.Get("Your contact details are saved."));
            return RedirectToPage("/Apply/Studies");
        }

        return Page();
    }

    public sealed class ContactForm
    {
        public string Phone { get; set; } = string.Empty;

        public string AddressLine { get; set; } = string.Empty;

        public string PostalCode { get; set; } = string.Empty;

        public string City { get; set; } = string.Empty;

        public string Country { get; set; } = string.Empty;

        public int Version { get; set; }
    }
}

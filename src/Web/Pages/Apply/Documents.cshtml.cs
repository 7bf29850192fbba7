using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications.UploadDocument;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Applications;
using Recruitment.Web.Endpoints;

namespace Recruitment.Web.Pages.Apply;

[RequestSizeLimit(ApplicantEndpoints.UploadRequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ApplicantEndpoints.UploadRequestLimit)]
public sealed class DocumentsModel(IMediator mediator) : ApplicantPage(mediator)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : ToDashboard();

    public async Task<IActionResult> OnPostAsync(DocumentKind? kind, IFormFile? file, Guid? replaces, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return ToDashboard();
        }

        if (kind is null)
        {
            ModelState.AddModelError("Kind", Text.Get("Choose the kind of document."));
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", Text.Get("Choose a file to upload."));
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var content = file!.OpenReadStream();
        if (await TrySaveAsync(new UploadDocumentCommand(Application.Number, kind!.Value, file.FileName, file.Length, content, replaces), string.Empty, cancellationToken))
        {
            Saved(Text.Format("{0} is uploaded.", file.FileName));
            return RedirectToPage();
        }

        // Show the page as it is now, with the reason the file was refused.
        await LoadAsync(cancellationToken);
        return Page();
    }
}

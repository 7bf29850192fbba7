using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages;

/// <summary>The page shown for an error status (400, 403, 404…) of a page request.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<StatusModel> text) : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            400 when HttpContext.Items.ContainsKey(AntiforgeryRefusalFilter.ItemKey) => (
                text["The form was refused"],
                text["Its security token (anti-forgery protection) is missing or has expired, so nothing was saved. Go back, reload the page and submit the form again."]),
            400 => (text["The request was refused"], text["It was incomplete or malformed, so nothing was saved."]),
            403 => (text["Access denied"], text["Your account does not give access to this page."]),
            404 => (text["Page not found"], text["There is nothing at this address, or you may not see it."]),
            _ => (text["Something went wrong"], text["The request ended with status {0}.", code]),
        };
    }
}

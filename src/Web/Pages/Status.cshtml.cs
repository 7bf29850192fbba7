using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruitment.Web.Infrastructure;

namespace Recruitment.Web.Pages;

/// <summary>The page shown for an error status (400, 403, 404…) of a page request.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
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
                "The form was refused",
                "Its security token (anti-forgery protection) is missing or has expired, so nothing was saved. " +
                "Go back, reload the page and submit the form again."),
            400 => ("The request was refused", "It was incomplete or malformed, so nothing was saved."),
            403 => ("Access denied", "Your account does not give access to this page."),
            404 => ("Page not found", "There is nothing at this address, or you may not see it."),
            _ => ("Something went wrong", $"The request ended with status {code}."),
        };
    }
}

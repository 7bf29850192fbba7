using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Recruitment.Web.Infrastructure;

/// <summary>
/// A form posted without a valid anti-forgery token is refused with 400; this marks the refusal so that the status
/// page can say why, instead of an empty answer.
/// </summary>
internal sealed class AntiforgeryRefusalFilter : IAlwaysRunResultFilter
{
    public const string ItemKey = "refusal.antiforgery";

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.HttpContext.Items[ItemKey] = true;
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

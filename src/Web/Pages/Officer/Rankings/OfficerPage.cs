using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Recruitment.Application.Common.Exceptions;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Common;

namespace Recruitment.Web.Pages.Officer.Rankings;

/// <summary>What the officers' ranking and marks pages share: sending a use case and showing a refusal in the form.</summary>
public abstract class OfficerPage(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    /// <summary>Sends the message; a refusal goes into the page's errors (fields renamed by <paramref name="field"/>) and gives null.</summary>
    protected async Task<T?> TryAsync<T>(Func<IMediator, ValueTask<T>> send, Func<string, string>? field = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            return await send(mediator);
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(field is null ? string.Empty : field(error.PropertyName), error.ErrorMessage);
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, Text.Get(ex.Message));
        }
        catch (NotFoundException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
        }

        return null;
    }

    /// <summary>The first error of a field, for the message next to it.</summary>
    public string? Error(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public string? Invalid(string key) => Error(key) is null ? null : "true";
}

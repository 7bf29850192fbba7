using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Recruitment.Web.Infrastructure;

internal static class ModelStateExtensions
{
    /// <summary>Shows a use case's validation errors next to the form fields they name.</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationException exception, string prefix)
    {
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? string.Empty
                : string.IsNullOrEmpty(prefix) ? error.PropertyName
                : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}

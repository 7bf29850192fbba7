using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;
using Recruitment.Web.Resources;

namespace Recruitment.Web.Infrastructure;

/// <summary>
/// French by default, English on request. The choice is kept in a cookie; <c>?culture=en</c> works on any page, and
/// programs may send Accept-Language.
/// </summary>
public static class Languages
{
    public static IReadOnlyList<CultureInfo> Supported { get; } = [new("fr-FR"), new("en-GB")];

    /// <summary>Each language's name in itself, as a reader of that language looks for it.</summary>
    public static string NameOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName switch
        {
            "fr" => "Français",
            _ => "English",
        };
    }

    /// <summary>The supported culture of a language code or culture name: "en", "en-US" and "en-GB" all mean en-GB.</summary>
    public static CultureInfo? Match(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var language = code.Split('-', '_')[0].Trim();
        return Supported.FirstOrDefault(c => string.Equals(c.TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase));
    }

    public static void Configure(RequestLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DefaultRequestCulture = new RequestCulture(Supported[0]);
        options.SupportedCultures = [.. Supported];
        options.SupportedUICultures = [.. Supported];
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders =
        [
            new AnyVariant(new QueryStringRequestCultureProvider()),
            new AnyVariant(new CookieRequestCultureProvider()),
            new AnyVariant(new AcceptLanguageHeaderRequestCultureProvider()),
        ];
    }

    /// <summary>The model binder's own messages (letters in a number field…), in the reader's language.</summary>
    public static void TranslateBindingMessages(MvcOptions options, IStringLocalizer<SharedResource> shared)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(shared);
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => shared["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => shared["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => shared["The value is not valid for {0}.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => shared["The value is not valid."]);
        messages.SetValueIsInvalidAccessor(value => shared["The value '{0}' is invalid.", value]);
        messages.SetValueMustBeANumberAccessor(field => shared["The field {0} must be a number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => shared["The field must be a number."]);
        messages.SetValueMustNotBeNullAccessor(value => shared["The value '{0}' is invalid.", value]);
        messages.SetMissingBindRequiredValueAccessor(field => shared["A value for {0} was not provided.", field]);
        messages.SetMissingKeyOrValueAccessor(() => shared["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => shared["A non-empty request body is required."]);
    }

    /// <summary>The address that switches to the language and comes back to the page of <paramref name="request"/>.</summary>
    public static string SwitchUrl(CultureInfo culture, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(request);

        // A ?culture= left in the address would override the choice on the way back.
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !"culture".Equals(q.Key, StringComparison.OrdinalIgnoreCase) && !"ui-culture".Equals(q.Key, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        var back = QueryHelpers.AddQueryString((request.PathBase + request.Path).Value ?? "/", query);
        return QueryHelpers.AddQueryString($"/language/{culture.TwoLetterISOLanguageName}", "returnUrl", back);
    }

    /// <summary><c>/language/en?returnUrl=/x</c>: remembers the language for a year and goes back to the page.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context) =>
            {
                var culture = Match(code) ?? Supported[0];
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
                return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    /// <summary>
    /// Reads a provider's answer by language only, so that "en", "en-US" or an Accept-Language of "fr-CA" finds the
    /// supported culture of that language (the middleware would only go from a variant to its parent).
    /// </summary>
    private sealed class AnyVariant(RequestCultureProvider inner) : RequestCultureProvider
    {
        public override async Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var result = await inner.DetermineProviderCultureResult(httpContext);
            var culture = result?.UICultures.Concat(result.Cultures).Select(c => Match(c.Value)).FirstOrDefault(c => c is not null);
            return culture is null ? null : new ProviderCultureResult(new StringSegment(culture.Name));
        }
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Recruitment.Web.Infrastructure;

/// <summary>
/// French by default, English on request. The choice is kept in a cookie; <c>?culture=en</c> works on any page, and
/// programs may send Accept-Language.
/// </summary>
public static class Languages
{
    public static IReadOnlyList<CultureInfo> Supported { get; } = [new("fr-FR"), new("en-GB")];

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
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }

    /// <summary><c>/language/en?returnUrl=/x</c>: remembers the language for a year and goes back to the page.</summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{code}", (string code, string? returnUrl, HttpContext context) =>
            {
                var culture = Supported.FirstOrDefault(c => c.TwoLetterISOLanguageName == code) ?? Supported[0];
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
                return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}

using System.Globalization;
using FluentValidation;
using L10n = Recruitment.Application.Common.Localization.Text;

namespace Recruitment.Application.Applications;

/// <summary>Field rules shared by the application's sections.</summary>
internal static class ApplicationRules
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 200;

    /// <summary>ISO 3166 two-letter country codes known to the platform's culture data.</summary>
    public static bool IsCountryCode(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetter))
        {
            return false;
        }

        try
        {
            _ = new RegionInfo(code.ToUpperInvariant());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static IRuleBuilderOptions<T, string> Text<T>(this IRuleBuilder<T, string> rule, string what, int maxLength = TextMaxLength) =>
        rule.NotEmpty().WithMessage(_ => L10n.Format("Enter {0}.", L10n.Get(what)))
            .MaximumLength(maxLength).WithMessage(_ => L10n.Format("At most {0} characters.", maxLength));

    public static IRuleBuilderOptions<T, string> Country<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsCountryCode).WithMessage(_ => L10n.Get("Choose a country from the list."));

    public static IRuleBuilderOptions<T, string> ApplicationNumber<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(20);
}

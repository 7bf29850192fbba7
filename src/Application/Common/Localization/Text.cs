using System.Globalization;
using System.Resources;

namespace Recruitment.Application.Common.Localization;

/// <summary>
/// Messages of the use cases in the reader's language (the current UI culture): the English text is the key,
/// translations live in Resources/Messages.{culture}.resx. A message without a translation is shown in English.
/// </summary>
public static class Text
{
    private static readonly ResourceManager Resources = new("Recruitment.Application.Resources.Messages", typeof(Text).Assembly);

    public static string Get(string english) => Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    public static string Format(string english, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(english), args);
}

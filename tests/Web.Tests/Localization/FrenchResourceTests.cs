using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Recruitment.Web.Resources;

namespace Recruitment.Web.Tests.Localization;

/// <summary>
/// Every text a page or a use case shows through a localizer has a French translation: the English text is the key,
/// so a key without a French entry would silently show English on a French page. The sources are read as text and
/// each key found is looked up in the French resource file it will be read from.
/// </summary>
public sealed partial class FrenchResourceTests(ITestOutputHelper output)
{
    private const string Literal = "\"((?:[^\"\\\\]|\\\\.)*)\"";

    private static readonly string Root = FindRoot();
    private static readonly string Web = Path.Combine(Root, "src", "Web");
    private static readonly string Shared = Path.Combine(Web, "Resources", "Resources", "SharedResource.fr.resx");
    private static readonly string Messages = Path.Combine(Root, "src", "Application", "Resources", "Messages.fr.resx");

    [Fact]
    public void Every_key_used_by_the_pages_and_the_use_cases_has_a_French_entry()
    {
        var uses = PageUses().Concat(CodeUses()).Concat(ApplicationUses()).ToList();
        var translations = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var use in uses)
        {
            if (use.Key is null)
            {
                // The pages' keys are literals by convention; a use case may translate a message of the domain.
                if (use.Resx == Messages)
                {
                    output.WriteLine($"{use.Where}: not checked, the key is not a string literal ({use.Code})");
                }
                else
                {
                    problems.Add($"{use.Where}: the key is not a string literal, so it cannot be checked ({use.Code})");
                }

                continue;
            }

            if (!translations.TryGetValue(use.Resx, out var entries))
            {
                entries = translations[use.Resx] = Read(use.Resx);
            }

            if (!entries.ContainsKey(use.Key))
            {
                problems.Add($"{use.Where}: \"{use.Key}\" has no entry in {Path.GetRelativePath(Root, use.Resx)}");
            }
        }

        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.True(uses.Count > 100, $"Only {uses.Count} localized texts found: is the scan still reading the sources?");
        Assert.True(problems.Count == 0, $"{problems.Count} text(s) without French:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void Every_French_entry_is_unique_and_keeps_the_placeholders_of_its_English_key()
    {
        var files = Directory.GetFiles(Path.Combine(Web, "Resources"), "*.fr.resx", SearchOption.AllDirectories).Append(Messages);
        var problems = new List<string>();
        foreach (var file in files)
        {
            // Resource names are compared without case when the file is compiled: "Student" hides "student".
            problems.AddRange(XDocument.Load(file).Root!.Elements("data")
                .GroupBy(d => (string)d.Attribute("name")!, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetRelativePath(Root, file)}: \"{g.Key}\" is there {g.Count()} times, ignoring case"));
            foreach (var (key, value) in Read(file))
            {
                var expected = Placeholders(key);
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{Path.GetRelativePath(Root, file)}: \"{key}\" has an empty translation");
                }
                else if (!expected.SetEquals(Placeholders(value)))
                {
                    problems.Add($"{Path.GetRelativePath(Root, file)}: \"{value}\" does not have the placeholders of \"{key}\"");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Views: L reads the view's own resources, S the shared ones.</summary>
    private static IEnumerable<Use> PageUses()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Web, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var own = Path.Combine(Web, "Resources", Path.ChangeExtension(Path.GetRelativePath(Web, file), ".fr.resx"));
            var text = File.ReadAllText(file);
            foreach (Match match in ViewLocalizer().Matches(text))
            {
                yield return new Use(
                    Where(file, text, match.Index),
                    match.Groups[1].Value == "L" ? own : Shared,
                    match.Groups[2].Success ? Unescape(match.Groups[2].Value) : null,
                    match.Value);
            }
        }
    }

    /// <summary>Code: an IStringLocalizer&lt;T&gt; reads T's resources; data-annotation messages read the shared ones.</summary>
    private static IEnumerable<Use> CodeUses()
    {
        var types = typeof(SharedResource).Assembly.GetTypes();
        foreach (var file in Directory.GetFiles(Web, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var space = FileNamespace().Match(text).Groups[1].Value;
            foreach (Match declaration in LocalizerDeclaration().Matches(text))
            {
                var name = declaration.Groups[1].Value;
                var type = types.SingleOrDefault(t => t.FullName == $"{space}.{name}") ?? types.Single(t => t.Name == name && !t.IsNested);
                var resx = Path.Combine(Web, "Resources", Path.Combine(type.FullName!["Recruitment.Web.".Length..].Split('.')) + ".fr.resx");
                var variable = declaration.Groups[2].Value;
                foreach (Match match in Regex.Matches(text, $"\\b{variable}\\[(?:{Literal})?"))
                {
                    yield return new Use(Where(file, text, match.Index), resx, match.Groups[1].Success ? Unescape(match.Groups[1].Value) : null, match.Value);
                }
            }

            foreach (Match match in AnnotationMessage().Matches(text))
            {
                yield return new Use(Where(file, text, match.Index), Shared, Unescape(match.Groups[1].Value), match.Value);
            }
        }
    }

    /// <summary>Use cases: Text.Get and Text.Format read Messages.</summary>
    private static IEnumerable<Use> ApplicationUses()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "src", "Application"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.EndsWith(Path.Combine("Localization", "Text.cs"), StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match match in ApplicationText().Matches(text))
            {
                yield return new Use(Where(file, text, match.Index), Messages, match.Groups[1].Success ? Unescape(match.Groups[1].Value) : null, match.Value);
            }
        }
    }

    private static Dictionary<string, string> Read(string resx) =>
        File.Exists(resx)
            ? XDocument.Load(resx).Root!.Elements("data")
                .GroupBy(d => (string)d.Attribute("name")!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (string?)g.First().Element("value") ?? string.Empty, StringComparer.Ordinal)
            : [];

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string Where(string file, string text, int index) =>
        $"{Path.GetRelativePath(Root, file)}:{text.AsSpan(0, index).Count('\n') + 1}";

    private static string Unescape(string literal)
    {
        var builder = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] == '\\' && i + 1 < literal.Length)
            {
                i++;
                builder.Append(literal[i] switch { 'n' => '\n', 't' => '\t', _ => literal[i] });
            }
            else
            {
                builder.Append(literal[i]);
            }
        }

        return builder.ToString();
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Recruitment.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Recruitment.sln above {AppContext.BaseDirectory}.");
    }

    private sealed record Use(string Where, string Resx, string? Key, string Code);

    [GeneratedRegex("(?<![\\w.])([LS])\\[(?:" + Literal + ")?")]
    private static partial Regex ViewLocalizer();

    [GeneratedRegex("^namespace ([\\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex("IStringLocalizer<(\\w+)>\\s+(\\w+)")]
    private static partial Regex LocalizerDeclaration();

    [GeneratedRegex("(?:ErrorMessage|Display\\(Name)\\s*=\\s*" + Literal)]
    private static partial Regex AnnotationMessage();

    [GeneratedRegex("\\bText\\.(?:Get|Format)\\((?:\\s*" + Literal + ")?")]
    private static partial Regex ApplicationText();

    [GeneratedRegex("\\{\\d+(?:[:,][^}]*)?\\}")]
    private static partial Regex Placeholder();
}

using System.Globalization;
using System.Reflection;

namespace Recruitment.Domain.Applications;

/// <summary>Describes, field by field, what a section's save changed: "Last name: 'Dupont' → 'Dupond'".</summary>
internal static class Changes
{
    public static IReadOnlyList<string> Between<T>(T? before, T after)
        where T : class
    {
        var changes = new List<string>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var old = before is null ? null : property.GetValue(before);
            var now = property.GetValue(after);
            if (!Equals(old, now))
            {
                changes.Add($"{Label(property.Name)}: {Show(old)} → {Show(now)}");
            }
        }

        return changes;
    }

    public static string Show(object? value) => value switch
    {
        null => "(empty)",
        string s => $"'{s}'",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Label(string propertyName)
    {
        var words = string.Concat(propertyName.Select((c, i) => i > 0 && char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : c.ToString()));
        return words;
    }
}

using System.Text;
using Recruitment.Application.Common.Localization;
using Recruitment.Domain.Consortium;

namespace Recruitment.Application.Marks;

/// <summary>How the marks of a file are laid out.</summary>
public enum MarksLayout
{
    /// <summary>One mark per line: <c>application;subject;mark</c>.</summary>
    MarkPerLine = 1,

    /// <summary>One application per line: <c>application;MATH;PHYS;…</c>, one column per subject.</summary>
    ColumnPerSubject = 2,
}

/// <summary>A line of a marks file that cannot be imported, and why; line 0 stands for the file as a whole.</summary>
public sealed record MarksFileProblem(int Line, string Message);

/// <summary>One mark as written in the file, not yet checked.</summary>
internal sealed record MarkCell(int Line, string Application, string Subject, string Mark);

/// <summary>
/// Reads a CSV file of marks: UTF-8 with or without byte order mark, <c>;</c> or <c>,</c> between values (the one the
/// header uses), a header row that tells the layout. Values may be quoted ("12,5") so that a decimal comma can stand in
/// a comma-separated file. Nothing is checked against the database here.
/// </summary>
internal sealed class MarksFile
{
    private static readonly string[] SubjectHeaders = ["subject", "matière", "matiere", "epreuve", "épreuve"];
    private static readonly string[] MarkHeaders = ["mark", "note"];

    private MarksFile(MarksLayout? layout, char separator, int lines, IReadOnlyList<MarkCell> cells, IReadOnlyList<MarksFileProblem> problems)
    {
        Layout = layout;
        Separator = separator;
        Lines = lines;
        Cells = cells;
        Problems = problems;
    }

    public MarksLayout? Layout { get; }

    public char Separator { get; }

    /// <summary>The lines of the file, header and blank lines included.</summary>
    public int Lines { get; }

    public IReadOnlyList<MarkCell> Cells { get; }

    public IReadOnlyList<MarksFileProblem> Problems { get; }

    public static MarksFile Read(ReadOnlySpan<byte> content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Failed(0, Text.Get("The file is not UTF-8 (Latin-1?): save it as CSV UTF-8 and import it again."));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        if (lines.All(l => string.IsNullOrWhiteSpace(l)))
        {
            return Failed(0, Text.Get("The file is empty: it needs a header row and at least one mark."));
        }

        var headerIndex = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var headerLine = lines[headerIndex].TrimEnd('\r');
        var separator = headerLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = Split(headerLine, separator);
        var problems = new List<MarksFileProblem>();
        var cells = new List<MarkCell>(lines.Length);
        var layout = DetectLayout(header, headerIndex + 1, problems, out var subjects);
        if (layout is null)
        {
            return new MarksFile(null, separator, lines.Length, [], problems);
        }

        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var number = i + 1;
            var values = Split(line, separator);
            if (values.Count != header.Count)
            {
                problems.Add(new(number, values.Count == header.Count + 1 && separator == ','
                    ? Text.Format("{0} values where the header has {1}: with ',' between values, put a decimal comma in quotes (\"12,5\") or separate the values with ';'.", values.Count, header.Count)
                    : Text.Format("{0} values where the header has {1}.", values.Count, header.Count)));
                continue;
            }

            var application = values[0].Trim();
            if (application.Length == 0)
            {
                problems.Add(new(number, Text.Get("The application number is empty.")));
                continue;
            }

            if (layout == MarksLayout.MarkPerLine)
            {
                cells.Add(new MarkCell(number, application, values[1].Trim().ToUpperInvariant(), values[2]));
                continue;
            }

            for (var c = 1; c < values.Count; c++)
            {
                // In the wide layout an empty cell is no mark: one file can hold tracks with different subjects.
                if (!string.IsNullOrWhiteSpace(values[c]))
                {
                    cells.Add(new MarkCell(number, application, subjects[c - 1], values[c]));
                }
            }
        }

        if (cells.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(0, Text.Get("The file has a header but no mark.")));
        }

        return new MarksFile(layout, separator, lines.Length, cells, problems);
    }

    private static MarksLayout? DetectLayout(IReadOnlyList<string> header, int line, List<MarksFileProblem> problems, out IReadOnlyList<string> subjects)
    {
        var names = header.Select(h => h.Trim()).ToList();
        subjects = [];
        if (names.Count == 3
            && SubjectHeaders.Contains(names[1], StringComparer.OrdinalIgnoreCase)
            && MarkHeaders.Contains(names[2], StringComparer.OrdinalIgnoreCase))
        {
            return MarksLayout.MarkPerLine;
        }

        var codes = names.Skip(1).Select(n => n.ToUpperInvariant()).ToList();
        if (names.Count < 2 || codes.Any(c => !ReferenceCode.IsValid(c)))
        {
            problems.Add(new(line, Text.Get("The first line must be a header: 'application;subject;mark' (one mark per line) or 'application;MATH;PHYS;…' (one column per subject).")));
            return null;
        }

        var repeated = codes.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            problems.Add(new(line, Text.Format("Subject {0} has two columns in the header.", repeated.Key)));
            return null;
        }

        subjects = codes;
        return MarksLayout.ColumnPerSubject;
    }

    /// <summary>Splits a line on the separator; a value in double quotes may hold the separator, and "" stands for a quote.</summary>
    private static List<string> Split(string line, char separator)
    {
        var values = new List<string>();
        var value = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    value.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    value.Append(c);
                }
            }
            else if (c == '"' && value.ToString().Trim().Length == 0)
            {
                value.Clear();
                quoted = true;
            }
            else if (c == separator)
            {
                values.Add(value.ToString());
                value.Clear();
            }
            else
            {
                value.Append(c);
            }
        }

        values.Add(value.ToString());
        return values;
    }

    private static MarksFile Failed(int line, string message) => new(null, ';', 0, [], [new MarksFileProblem(line, message)]);
}

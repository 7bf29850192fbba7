using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications.ListApplications;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Applications.ExportApplications;

/// <summary>
/// The filtered list as CSV (UTF-8 with a byte-order mark and ';' separators, as spreadsheet software in France
/// expects).
/// </summary>
public sealed record ExportApplicationsQuery(ApplicationFilter Filter) : IQuery<string>;

internal sealed class ExportApplicationsHandler(IApplicationDbContext db) : IQueryHandler<ExportApplicationsQuery, string>
{
    public async ValueTask<string> Handle(ExportApplicationsQuery query, CancellationToken cancellationToken)
    {
        var filtered = await db.ApplyAsync(query.Filter, cancellationToken);
        var rows = await ListApplicationsHandler.Project(db, filtered.OrderBy(a => a.SearchText).ThenBy(a => a.Id)).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        Line(csv, ["number", "last_name", "first_name", "email", "status", "eligibility", "track", "wishes", "missing_documents", "possible_duplicate", "submitted_at"]);
        foreach (var row in rows)
        {
            Line(csv,
            [
                row.Number,
                row.LastName ?? string.Empty,
                row.FirstName ?? string.Empty,
                row.Email,
                row.Status.ToString(),
                row.Eligibility.ToString(),
                row.TrackCode ?? string.Empty,
                row.Wishes.ToString(CultureInfo.InvariantCulture),
                row.MissingDocuments ? "yes" : "no",
                row.PossibleDuplicate ? "yes" : "no",
                row.SubmittedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty,
            ]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(';');
            }

            csv.Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    /// <summary>Quotes when needed, and defuses text a spreadsheet would run as a formula.</summary>
    internal static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

using System.Globalization;
using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Recruitment.Application.Applications.ListApplications;
using Recruitment.Application.Common.Interfaces;

namespace Recruitment.Application.Applications.ExportApplications;

/// <summary>
/// The filtered list as CSV (UTF-8 with a byte-order mark and ';' separators, as spreadsheet software in France
/// expects), in the order of the list.
/// </summary>
public sealed record ExportApplicationsQuery(ApplicationFilter Filter) : IQuery<ApplicationsExport>;

/// <param name="FileName">Names the campaign, e.g. <c>applications-2027.csv</c>.</param>
/// <param name="Content">The CSV bytes, byte-order mark included.</param>
public sealed record ApplicationsExport(string FileName, byte[] Content)
{
    public const string ContentType = "text/csv; charset=utf-8";
}

internal sealed class ExportApplicationsHandler(IApplicationDbContext db, ApplicationAccess access) : IQueryHandler<ExportApplicationsQuery, ApplicationsExport>
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public async ValueTask<ApplicationsExport> Handle(ExportApplicationsQuery query, CancellationToken cancellationToken)
    {
        ListApplicationsHandler.EnsureStaff(access);
        var filtered = await db.ApplyAsync(query.Filter, cancellationToken);
        var rows = ListApplicationsHandler.Project(db, filtered.Applications.OrderBy(a => a.SearchText).ThenBy(a => a.Id)).AsAsyncEnumerable();
        var csv = new StringBuilder();
        Line(csv, ["number", "last_name", "first_name", "email", "status", "eligibility", "track", "wishes", "missing_documents", "possible_duplicate", "submitted_at"]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
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

        var fileName = filtered.Year is { } year ? $"applications-{year.ToString(CultureInfo.InvariantCulture)}.csv" : "applications.csv";
        return new ApplicationsExport(fileName, [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(csv.ToString())]);
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

internal sealed class ExportApplicationsValidator : AbstractValidator<ExportApplicationsQuery>
{
    public ExportApplicationsValidator()
    {
        RuleFor(q => q.Filter).NotNull().SetValidator(new ApplicationFilterValidator());
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Recruitment.Application.Rankings.ConfigureRanking;
using Recruitment.Application.Rankings.GetRankingSettings;
using Recruitment.Domain.Rankings;

namespace Recruitment.Web.Pages.Officer.Rankings;

/// <summary>A track's ranking rules: which subjects count and their coefficients, the bar and the tie-break chain.</summary>
public sealed partial class SettingsModel(IMediator mediator, IStringLocalizer<SettingsModel> text) : OfficerPage(mediator)
{
    public const int ChainLength = 4;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Track { get; set; } = string.Empty;

    [BindProperty]
    public RulesForm Input { get; set; } = new();

    public RankingSettingsDto Settings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = RulesForm.From(Settings);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Coefficients and the bar are read as typed, with a point or a French comma.
        var rows = Input.Rows.Select((row, index) => (Row: row, Index: index)).Where(r => r.Row.Included).ToList();
        var subjects = new List<SubjectCoefficient>();
        foreach (var (row, index) in rows)
        {
            if (Number(row.Coefficient) is { } coefficient)
            {
                subjects.Add(new SubjectCoefficient(row.Subject, coefficient));
            }
            else
            {
                ModelState.AddModelError($"Input.Rows[{index}].Coefficient", text["Enter the coefficient of {0} as a number, such as 4 or 2,5.", row.Subject]);
            }
        }

        var bar = Number(Input.Bar);
        if (bar is null)
        {
            ModelState.AddModelError("Input.Bar", text["Enter the bar as a number from 0 to 20, such as 10 or 9,5."]);
        }

        if (ModelState.IsValid)
        {
            var chain = Input.Chain.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToList();
            var saved = await TryAsync(
                m => m.Send(new ConfigureRankingCommand(Year, Track, subjects, bar!.Value, chain), cancellationToken),
                field => FieldOf(field, rows.Select(r => r.Index).ToList(), Input.Chain));
            if (saved is not null)
            {
                TempData["Success"] = text["The rules of {0} are saved.", Track].Value;
                return RedirectToPage("/Officer/Rankings/Track", new { year = Year, track = Track });
            }
        }

        return Page();
    }

    /// <summary>Where a use case's error goes in the form: the n-th subject sent is a row of the table, the n-th link a select.</summary>
    private static string FieldOf(string property, List<int> rowOfSubject, List<string?> chain)
    {
        var subject = SubjectField().Match(property);
        if (subject.Success)
        {
            var row = rowOfSubject[int.Parse(subject.Groups[1].Value, CultureInfo.InvariantCulture)];
            return $"Input.Rows[{row}].{subject.Groups[2].Value}";
        }

        var link = ChainField().Match(property);
        if (link.Success)
        {
            var n = int.Parse(link.Groups[1].Value, CultureInfo.InvariantCulture);
            var select = chain.Select((c, i) => (c, i)).Where(x => !string.IsNullOrWhiteSpace(x.c)).ElementAtOrDefault(n).i;
            return $"Input.Chain[{select}]";
        }

        return property switch
        {
            "AdmissibilityBar" => "Input.Bar",
            "Subjects" => "Input.Rows",
            _ => string.Empty,
        };
    }

    private static decimal? Number(string? text) =>
        decimal.TryParse((text ?? string.Empty).Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var settings = await TryAsync(m => m.Send(new GetRankingSettingsQuery(Year, Track), cancellationToken));
        if (settings is null)
        {
            return false;
        }

        Settings = settings;
        Track = settings.Track;
        if (Input.Rows.Count != settings.TrackSubjects.Count)
        {
            Input = RulesForm.From(settings);
        }

        return true;
    }

    [GeneratedRegex(@"^Subjects\[(\d+)\]\.(Subject|Coefficient)$")]
    private static partial Regex SubjectField();

    [GeneratedRegex(@"^TieBreakChain\[(\d+)\]$")]
    private static partial Regex ChainField();

    public sealed class RulesForm
    {
        public List<SubjectRow> Rows { get; set; } = [];

        public string? Bar { get; set; }

        public List<string?> Chain { get; set; } = [];

        public static RulesForm From(RankingSettingsDto settings)
        {
            ArgumentNullException.ThrowIfNull(settings);
            var coefficients = settings.Subjects.ToDictionary(s => s.Subject, s => s.Coefficient);
            return new RulesForm
            {
                Rows = settings.TrackSubjects
                    .OrderBy(s => coefficients.ContainsKey(s.Code) ? settings.Subjects.ToList().FindIndex(c => c.Subject == s.Code) : int.MaxValue)
                    .Select(s => new SubjectRow
                    {
                        Subject = s.Code,
                        Included = !settings.Configured || coefficients.ContainsKey(s.Code),
                        Coefficient = coefficients.TryGetValue(s.Code, out var c) ? c.ToString("0.##", CultureInfo.CurrentCulture) : "1",
                    })
                    .ToList(),
                Bar = settings.Configured ? settings.AdmissibilityBar.ToString("0.##", CultureInfo.CurrentCulture) : "10",
                Chain = [.. settings.TieBreakChain, .. Enumerable.Repeat<string?>(null, Math.Max(0, ChainLength - settings.TieBreakChain.Count))],
            };
        }
    }

    public sealed class SubjectRow
    {
        public string Subject { get; set; } = string.Empty;

        public bool Included { get; set; }

        public string? Coefficient { get; set; }
    }
}

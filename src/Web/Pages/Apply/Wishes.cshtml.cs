using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Application.Applications;
using Recruitment.Application.Applications.GetWishOptions;
using Recruitment.Application.Applications.SetWishes;
using Recruitment.Application.Common.Localization;

namespace Recruitment.Web.Pages.Apply;

/// <summary>
/// Ranking wishes without scripts: every button (add, move up, move down, remove) posts the list and saves it at once,
/// so the draft is never lost.
/// </summary>
public sealed class WishesModel(IMediator mediator) : ApplicantPage(mediator)
{
    [BindProperty]
    public List<string> Wishes { get; set; } = [];

    [BindProperty]
    public string? Add { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<WishOptionDto> Options { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(cancellationToken))
        {
            return ToDashboard();
        }

        Wishes = [.. Application.Wishes.Select(w => w.Key)];
        Version = Application.Versions.Wishes;
        return Page();
    }

    /// <summary><paramref name="op"/> is "add", or "up:N", "down:N", "remove:N" for the wish ranked N.</summary>
    public async Task<IActionResult> OnPostAsync(string op, CancellationToken cancellationToken)
    {
        if (!await LoadAllAsync(cancellationToken))
        {
            return ToDashboard();
        }

        var wishes = Apply(op, Wishes);
        if (await TrySaveAsync(new SetWishesCommand(Application.Number, wishes, Version), string.Empty, cancellationToken))
        {
            Saved(Text.Get("Your wishes are saved."));
            return RedirectToPage();
        }

        // Show the list as it is saved, with the reason the change was refused next to the wish picker: the refused
        // list itself is not shown, so its positions have no field of their own.
        Wishes = [.. Application.Wishes.Select(w => w.Key)];
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Wishes), StringComparison.Ordinal)).ToList())
        {
            foreach (var error in ModelState[key]!.Errors)
            {
                ModelState.AddModelError(nameof(Add), error.ErrorMessage);
            }

            ModelState.Remove(key);
        }

        return Page();
    }

    public string Describe(string key) =>
        Options.FirstOrDefault(o => o.Key == key) is { } option
            ? $"{option.ProgramName}, {option.SchoolName}"
            : key;

    private List<string> Apply(string op, List<string> wishes)
    {
        var list = wishes.ToList();
        var parts = (op ?? string.Empty).Split(':');
        var index = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n - 1 : -1;
        switch (parts[0])
        {
            case "add" when !string.IsNullOrEmpty(Add):
                list.Add(Add);
                break;
            case "up" when index > 0 && index < list.Count:
                (list[index - 1], list[index]) = (list[index], list[index - 1]);
                break;
            case "down" when index >= 0 && index < list.Count - 1:
                (list[index + 1], list[index]) = (list[index], list[index + 1]);
                break;
            case "remove" when index >= 0 && index < list.Count:
                list.RemoveAt(index);
                break;
        }

        return list;
    }

    private async Task<bool> LoadAllAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return false;
        }

        Options = await Mediator.Send(new GetWishOptionsQuery(Application.Number), cancellationToken);
        return true;
    }
}

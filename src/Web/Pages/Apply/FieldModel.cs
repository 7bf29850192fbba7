namespace Recruitment.Web.Pages.Apply;

/// <summary>
/// One labelled form field: its name in the form, label, input type, current value, optional hint and choices.
/// Rendered by _Field.cshtml with what was typed and its errors next to it.
/// </summary>
public sealed record FieldModel(
    string Name,
    string Label,
    string? Value,
    string Type = "text",
    string? Hint = null,
    string? Autocomplete = null,
    IReadOnlyList<(string Value, string Text)>? Choices = null,
    bool Disabled = false,
    bool Required = true);

using System.Text.Json;

namespace Recruitment.Web.Tests.Support;

/// <summary>A ProblemDetails answer, read back.</summary>
internal sealed record Problem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var errors = root.TryGetProperty("errors", out var e)
            ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray())
            : [];
        return new Problem(
            root.GetProperty("status").GetInt32(),
            root.TryGetProperty("title", out var t) ? t.GetString() : null,
            root.TryGetProperty("detail", out var d) ? d.GetString() : null,
            errors);
    }
}

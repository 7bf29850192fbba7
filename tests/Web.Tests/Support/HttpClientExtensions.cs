using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Recruitment.Web.Tests.Support;

internal static partial class HttpClientExtensions
{
    /// <summary>Signs in through the login page, as a person would.</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password = RecruitmentApp.Password)
    {
        var response = await client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} failed: {(int)response.StatusCode}");
    }

    /// <summary>Gets the page, then posts the form with the page's anti-forgery token, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl ?? url.Split('?')[0]);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"No anti-forgery token on {pageUrl ?? url}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpClient> WithTokenAsync(this HttpClient client, string email, string password = RecruitmentApp.Password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

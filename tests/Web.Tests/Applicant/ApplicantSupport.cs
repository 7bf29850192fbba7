using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Recruitment.Application.Common.Security;
using Recruitment.Infrastructure.Identity;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Applicant;

/// <summary>The application with a clock the tests move (deadlines), starting at the real current time.</summary>
public sealed class ClockedApp : RecruitmentApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

internal static class ApplicantSupport
{
    public const string Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    /// <summary>A new confirmed applicant, signed in to the API with a bearer token, asking for English.</summary>
    public static async Task<HttpClient> NewApplicantAsync(this RecruitmentApp app, string? email = null)
    {
        email ??= $"applicant-{Guid.NewGuid():N}@example.org";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test Applicant" };
            Assert.True((await users.CreateAsync(user, RecruitmentApp.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Applicant);
        }

        return await app.StaffAsync(email);
    }

    /// <summary>A client signed in to the API as this account (tokens follow the application's clock).</summary>
    public static async Task<HttpClient> StaffAsync(this RecruitmentApp app, string email)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return await client.WithTokenAsync(email);
    }

    public static async Task<string> StartAsync(this HttpClient client)
    {
        var response = await client.PostAsync("/api/me/application", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
    }

    public static async Task<JsonElement> ReadApplicationAsync(this HttpClient client, string number) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}");

    public static async Task<int> VersionAsync(this HttpClient client, string number, string section) =>
        (await client.ReadApplicationAsync(number)).GetProperty("versions").GetProperty(section).GetInt32();

    public static Task<HttpResponseMessage> PutIdentityAsync(this HttpClient client, string number, int version, string firstName = "Éloïse", string lastName = "Müller-Lefèvre", string birthDate = "2006-03-14", string? ine = "0123456789A") =>
        client.PutAsJsonAsync($"/api/applications/{number}/identity", new { firstName, lastName, birthDate, nationality = "FR", sex = "Female", ine, version });

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string number, string kind, byte[] content, string fileName, Guid? replaces = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new ByteArrayContent(content), "file", fileName },
        };
        if (replaces is { } id)
        {
            form.Add(new StringContent(id.ToString()), "replaces");
        }

        return client.PostAsync($"/api/applications/{number}/documents", form);
    }

    /// <summary>Fills every section through the API, with three wishes for the MP track; returns the number.</summary>
    public static async Task<string> CompleteApplicationAsync(this HttpClient client)
    {
        var number = await client.StartAsync();
        await Ok(client.PutIdentityAsync(number, 0));
        await Ok(client.PutAsJsonAsync($"/api/applications/{number}/contact", new { phone = "+33 6 12 34 56 78", addressLine = "12 rue Stanislas", postalCode = "54000", city = "Nancy", country = "FR", version = 0 }));
        await Ok(client.PutAsJsonAsync($"/api/applications/{number}/studies", new { trackCode = "MP", institution = "Lycée Henri-Poincaré", diploma = "Classe préparatoire MP", diplomaYear = DateTime.UtcNow.Year, version = 0 }));
        await Ok(client.PutAsJsonAsync($"/api/applications/{number}/scholarship", new { scholarshipHolder = true, version = 0 }));
        await Ok(client.PutAsJsonAsync($"/api/applications/{number}/wishes", new { wishes = new[] { "TN-ING/S", "MN-ICM/S", "TPS-PHY/S" }, version = 0 }));
        await Created(client.UploadAsync(number, "IdentityDocument", System.Text.Encoding.ASCII.GetBytes(Pdf), "passeport.pdf"));
        await Created(client.UploadAsync(number, "Transcript", System.Text.Encoding.ASCII.GetBytes(Pdf), "bulletins.pdf"));
        return number;
    }

    public static async Task<HttpResponseMessage> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private static async Task Created(Task<HttpResponseMessage> call) =>
        Assert.Equal(HttpStatusCode.Created, (await Ok(call)).StatusCode);
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Account;

/// <summary>The applicant's account through the API: sign-up, confirmation, a new confirmation link, a new password.</summary>
public sealed class ApplicantAccountApiTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private const string Password = "a long enough passphrase";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewEmail() => $"api-{Guid.NewGuid():N}@example.org";

    private Task<HttpResponseMessage> PostAsync(string path, object body) => app.CreateClient().PostAsJsonAsync($"/api/auth/{path}", body, Ct);

    private static (string UserId, string Code) LinkOf(string link)
    {
        var query = QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        return (query["userId"].ToString(), query["code"].ToString());
    }

    [Fact]
    public async Task An_applicant_signs_up_confirms_the_address_with_the_mailed_link_and_gets_a_token()
    {
        var email = NewEmail();

        var created = await PostAsync("register", new { email, firstName = "Anaïs", lastName = "Lefèvre", password = Password });
        var early = await PostAsync("token", new { email, password = Password });
        var (userId, code) = LinkOf(Mailbox.LinkTo(Assert.Single(Mailbox.To(app, email)), "/Account/ConfirmEmail"));
        var damaged = await Problem.ReadAsync(await PostAsync("confirm-email", new { userId, code = code[..^4] }));
        var confirmed = await PostAsync("confirm-email", new { userId, code });
        var token = await PostAsync("token", new { email, password = Password });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);
        Assert.Equal((400, "This link is damaged, already used or expired: ask for a new one."), (damaged.Status, damaged.Detail));
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var me = app.CreateClient();
        await me.WithTokenAsync(email, Password);
        Assert.Equal(HttpStatusCode.Created, (await me.PostAsync("/api/me/application", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_taken_e_mail_a_short_password_and_missing_fields_are_refused_at_their_fields_and_create_nothing()
    {
        var email = NewEmail();
        await PostAsync("register", new { email, firstName = "Anaïs", lastName = "Lefèvre", password = Password });

        var taken = await Problem.ReadAsync(await PostAsync("register", new { email = email.ToUpperInvariant(), firstName = "Other", lastName = "Person", password = Password }));
        var other = NewEmail();
        var shortPassword = await Problem.ReadAsync(await PostAsync("register", new { email = other, firstName = "Léa", lastName = "Roux", password = "too short" }));
        var missing = await Problem.ReadAsync(await PostAsync("register", new { email = "not an address", firstName = "", password = Password }));

        Assert.Equal(409, taken.Status);
        Assert.StartsWith("An account already exists with this e-mail.", taken.Detail, StringComparison.Ordinal);
        Assert.Equal(400, shortPassword.Status);
        Assert.Contains("12", Assert.Single(shortPassword.Errors["password"]), StringComparison.Ordinal);
        Assert.Equal(["email", "firstName", "lastName"], missing.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Single(Mailbox.To(app, email));
        Assert.Empty(Mailbox.To(app, other));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("token", new { email = other, password = "too short" })).StatusCode);
    }

    [Fact]
    public async Task A_new_password_is_set_with_the_mailed_link_and_unknown_addresses_learn_nothing()
    {
        var email = NewEmail();
        await PostAsync("register", new { email, firstName = "Anaïs", lastName = "Lefèvre", password = Password });
        var unknown = NewEmail();

        var resent = await PostAsync("resend-confirmation", new { email });
        var forgotten = await PostAsync("forgot-password", new { email });
        var forgottenUnknown = await PostAsync("forgot-password", new { email = unknown });
        var (userId, code) = LinkOf(Mailbox.LinkTo(Mailbox.To(app, email)[^1], "/Account/ResetPassword"));
        var weak = await Problem.ReadAsync(await PostAsync("reset-password", new { userId, code, password = "short" }));
        var reset = await PostAsync("reset-password", new { userId, code, password = "a brand new passphrase" });
        var again = await Problem.ReadAsync(await PostAsync("reset-password", new { userId, code, password = "yet another passphrase" }));

        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted), (resent.StatusCode, forgotten.StatusCode, forgottenUnknown.StatusCode));
        Assert.Equal(3, Mailbox.To(app, email).Count);
        Assert.Empty(Mailbox.To(app, unknown));
        Assert.Equal(400, weak.Status);
        Assert.True(weak.Errors.ContainsKey("password"));
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(400, again.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("token", new { email, password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("token", new { email, password = "a brand new passphrase" })).StatusCode);
    }
}

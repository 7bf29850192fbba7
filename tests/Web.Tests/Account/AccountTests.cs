using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Application.Common.Security;
using Recruitment.Infrastructure.Identity;
using Recruitment.Web.Tests.Support;

namespace Recruitment.Web.Tests.Account;

public sealed class AccountTests(RecruitmentApp app) : IClassFixture<RecruitmentApp>
{
    private const string ChosenPassword = "a long enough passphrase";

    private static string NewEmail() => $"applicant.{Guid.NewGuid():N}@example.org";

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string email, string password = ChosenPassword, string firstName = "Anaïs", string lastName = "Lefèvre") =>
        client.PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = email,
            ["Input.FirstName"] = firstName,
            ["Input.LastName"] = lastName,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = ChosenPassword) =>
        client.PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private async Task<AppUser?> FindAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    private async Task<IList<string>> RolesAsync(AppUser user)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetRolesAsync(user);
    }

    /// <summary>Signs up and follows the confirmation link: an applicant ready to sign in.</summary>
    private async Task<string> ConfirmedApplicantAsync(HttpClient client)
    {
        var email = NewEmail();
        await RegisterAsync(client, email);
        var confirmed = await client.GetAsync(Mailbox.LinkTo(Assert.Single(Mailbox.To(app, email)), "/Account/ConfirmEmail"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return email;
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task Signing_up_creates_an_unconfirmed_applicant_and_mails_the_confirmation_link()
    {
        var client = app.CreateBrowserLikeClient();
        var email = NewEmail();

        var response = await RegisterAsync(client, email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.OriginalString);
        var user = await FindAsync(email);
        Assert.NotNull(user);
        Assert.False(user.EmailConfirmed);
        Assert.Equal("Anaïs Lefèvre", user.DisplayName);
        Assert.Equal([Roles.Applicant], await RolesAsync(user));
        var message = Assert.Single(Mailbox.To(app, email));
        Assert.Equal("Confirm your e-mail address — IMT Grand Est entrance competition", message.Subject);
        Assert.Contains("Hello Anaïs Lefèvre,", message.TextBody, StringComparison.Ordinal);
        var link = QueryHelpers.ParseQuery(new Uri("http://x" + Mailbox.LinkTo(message, "/Account/ConfirmEmail")).Query);
        Assert.Equal(user.Id, link["userId"].ToString());
        Assert.False(string.IsNullOrEmpty(link["code"].ToString()));
        var next = await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);
        Assert.Contains($"We have sent a link to {email}", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_is_refused_until_the_mailed_link_confirms_the_address()
    {
        var client = app.CreateBrowserLikeClient();
        var email = NewEmail();
        await RegisterAsync(client, email);

        var early = await SignInAsync(client, email);
        var wrongPassword = await SignInAsync(client, email, "not the chosen password");
        var api = app.CreateClient();
        var earlyToken = await Problem.ReadAsync(await api.PostAsJsonAsync("/api/auth/token", new { email, password = ChosenPassword }, TestContext.Current.CancellationToken));
        var wrongToken = await Problem.ReadAsync(await api.PostAsJsonAsync("/api/auth/token", new { email, password = "not the chosen password" }, TestContext.Current.CancellationToken));
        var confirmed = await client.GetAsync(Mailbox.LinkTo(Assert.Single(Mailbox.To(app, email)), "/Account/ConfirmEmail"), TestContext.Current.CancellationToken);
        var later = await SignInAsync(client, email);

        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var refusal = await BodyAsync(early);
        Assert.Contains("Your e-mail address is not confirmed yet. Open the link we sent you, or ask for a new one.", refusal, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Account/ResendConfirmation?email={Uri.EscapeDataString(email)}\"", refusal, StringComparison.Ordinal);
        // Without the right password nobody learns that the account exists and waits for confirmation.
        Assert.Contains("The e-mail or the password is wrong.", await BodyAsync(wrongPassword), StringComparison.Ordinal);
        Assert.DoesNotContain("not confirmed", await BodyAsync(wrongPassword), StringComparison.Ordinal);
        Assert.Equal((401, "The e-mail address is not confirmed yet: open the link sent to it, or ask for a new one at /Account/ResendConfirmation."), (earlyToken.Status, earlyToken.Detail));
        Assert.Equal((401, "The e-mail or the password is wrong."), (wrongToken.Status, wrongToken.Detail));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Your e-mail address is confirmed", await BodyAsync(confirmed), StringComparison.Ordinal);
        Assert.True((await FindAsync(email))!.EmailConfirmed);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal("/", later.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_new_confirmation_link_can_be_asked_for_and_the_answer_says_nothing_about_the_account()
    {
        var client = app.CreateBrowserLikeClient();
        var email = NewEmail();
        var unknown = NewEmail();
        await RegisterAsync(client, email);

        var known = await client.PostFormAsync("/Account/ResendConfirmation", new() { ["Input.Email"] = email });
        var stranger = await client.PostFormAsync("/Account/ResendConfirmation", new() { ["Input.Email"] = unknown });

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.Headers.Location, stranger.Headers.Location);
        Assert.Equal(2, Mailbox.To(app, email).Count);
        Assert.Empty(Mailbox.To(app, unknown));
        var newest = Mailbox.To(app, email)[1];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Mailbox.LinkTo(newest, "/Account/ConfirmEmail"), TestContext.Current.CancellationToken)).StatusCode);
        Assert.True((await FindAsync(email))!.EmailConfirmed);
    }

    [Fact]
    public async Task The_same_email_twice_is_refused_at_the_field_and_nothing_more_is_created()
    {
        var client = app.CreateBrowserLikeClient();
        var email = NewEmail();
        await RegisterAsync(client, email);

        var again = await RegisterAsync(client, email.ToUpperInvariant(), firstName: "Autre", lastName: "Personne");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var page = await BodyAsync(again);
        Assert.Contains(
            "<span class=\"field-error field-validation-error\" id=\"email-error\" data-valmsg-for=\"Input.Email\" data-valmsg-replace=\"true\">An account already exists with this e-mail. Sign in, or choose a new password if you have forgotten it.</span>",
            page,
            StringComparison.Ordinal);
        Assert.Contains("href=\"/Account/ForgotPassword\"", page, StringComparison.Ordinal);
        Assert.Equal("Anaïs Lefèvre", (await FindAsync(email))!.DisplayName);
        Assert.Single(Mailbox.To(app, email));
    }

    [Fact]
    public async Task A_short_password_or_a_different_confirmation_is_refused_at_its_field_and_nothing_is_created()
    {
        var client = app.CreateBrowserLikeClient();
        var shortPassword = NewEmail();
        var mismatch = NewEmail();

        var tooShort = await RegisterAsync(client, shortPassword, password: "eleven char");
        var different = await client.PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = mismatch,
            ["Input.FirstName"] = "Anaïs",
            ["Input.LastName"] = "Lefèvre",
            ["Input.Password"] = ChosenPassword,
            ["Input.ConfirmPassword"] = ChosenPassword + "!",
        });

        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Matches("id=\"password-error\"[^>]*>Choose a password of at least 12 characters.</span>", await BodyAsync(tooShort));
        Assert.Matches("id=\"confirm-password-error\"[^>]*>The two passwords are different.</span>", await BodyAsync(different));
        Assert.Null(await FindAsync(shortPassword));
        Assert.Null(await FindAsync(mismatch));
        Assert.Empty(Mailbox.To(app, shortPassword));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_an_unknown_email_and_sends_it_nothing()
    {
        var client = app.CreateBrowserLikeClient();
        var email = await ConfirmedApplicantAsync(client);
        var unknown = NewEmail();

        var known = await client.PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = email });
        var stranger = await client.PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = unknown });

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, stranger.StatusCode);
        Assert.Equal(known.Headers.Location, stranger.Headers.Location);
        Assert.Empty(Mailbox.To(app, unknown));
        Assert.Equal("Choose a new password — IMT Grand Est entrance competition", Mailbox.To(app, email)[^1].Subject);
        var answer = await client.GetStringAsync(known.Headers.Location!.OriginalString, TestContext.Current.CancellationToken);
        Assert.Contains("If an account exists with this e-mail, we have sent it a link to choose a new password.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mailed_reset_link_changes_the_password()
    {
        var client = app.CreateBrowserLikeClient();
        var email = await ConfirmedApplicantAsync(client);
        await client.PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = email });
        var link = Mailbox.LinkTo(Mailbox.To(app, email)[^1], "/Account/ResetPassword");
        var query = QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);

        var reset = await client.PostFormAsync(
            "/Account/ResetPassword",
            new()
            {
                ["Input.UserId"] = query["userId"].ToString(),
                ["Input.Code"] = query["code"].ToString(),
                ["Input.Password"] = "a brand new passphrase",
                ["Input.ConfirmPassword"] = "a brand new passphrase",
            },
            pageUrl: link);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/Account/Login", reset.Headers.Location?.OriginalString);
        Assert.Contains("The e-mail or the password is wrong.", await BodyAsync(await SignInAsync(app.CreateBrowserLikeClient(), email)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(app.CreateBrowserLikeClient(), email, "a brand new passphrase")).StatusCode);
    }

    [Fact]
    public async Task A_tampered_reset_token_is_refused_and_the_password_stays()
    {
        var client = app.CreateBrowserLikeClient();
        var email = await ConfirmedApplicantAsync(client);
        await client.PostFormAsync("/Account/ForgotPassword", new() { ["Input.Email"] = email });
        var link = Mailbox.LinkTo(Mailbox.To(app, email)[^1], "/Account/ResetPassword");
        var query = QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        var code = query["code"].ToString();
        var tampered = code[..10] + (code[10] == 'A' ? 'B' : 'A') + code[11..];

        var reset = await client.PostFormAsync(
            "/Account/ResetPassword",
            new()
            {
                ["Input.UserId"] = query["userId"].ToString(),
                ["Input.Code"] = tampered,
                ["Input.Password"] = "the attacker's passphrase",
                ["Input.ConfirmPassword"] = "the attacker's passphrase",
            },
            pageUrl: link);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("This link is damaged, has already been used or has expired. Ask for a new one.", await BodyAsync(reset), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(app.CreateBrowserLikeClient(), email)).StatusCode);
        Assert.Contains("The e-mail or the password is wrong.", await BodyAsync(await SignInAsync(app.CreateBrowserLikeClient(), email, "the attacker's passphrase")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        var client = app.CreateBrowserLikeClient();
        var email = NewEmail();
        await RegisterAsync(client, email);
        var link = Mailbox.LinkTo(Assert.Single(Mailbox.To(app, email)), "/Account/ConfirmEmail");

        var response = await client.GetAsync(link.Replace("code=", "code=x", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        Assert.Contains("This link does not work", await BodyAsync(response), StringComparison.Ordinal);
        Assert.False((await FindAsync(email))!.EmailConfirmed);
    }

    [Fact]
    public async Task Signing_up_in_French_by_default_sends_the_e_mail_in_French()
    {
        var client = app.CreateBrowserLikeClient(language: null);
        var email = NewEmail();

        await RegisterAsync(client, email);

        var message = Assert.Single(Mailbox.To(app, email));
        Assert.Equal("Confirmez votre adresse e-mail — concours IMT Grand Est", message.Subject);
        Assert.Contains("Bonjour Anaïs Lefèvre,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("culture=fr", Mailbox.LinkTo(message, "/Account/ConfirmEmail"), StringComparison.Ordinal);
        var next = await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"fr\">", next, StringComparison.Ordinal);
        Assert.Contains("Nous avons envoyé un lien à", next, StringComparison.Ordinal);
    }
}

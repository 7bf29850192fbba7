using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Infrastructure.Email;

namespace Recruitment.Web.Tests.Account;

public sealed class FileEmailSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "recruitment-tests", Guid.NewGuid().ToString("N"), "mail");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 15, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_message_is_written_as_an_eml_file_that_parses_back_with_its_accents()
    {
        var sender = new FileEmailSender(_folder, "Concours IMT Grand Est <no-reply@imt-grand-est.test>", _clock);

        await sender.SendAsync(
            new EmailMessage(
                "anais.candidate@example.org",
                "Confirmez votre adresse e-mail — Télécom Nancy, Vandœuvre",
                "Bonjour Anaïs,\n\nSuivez ce lien pour confirmer votre adresse : https://example.org/Account/ConfirmEmail?userId=1&code=abc\n\nÀ bientôt, l'équipe du concours.",
                "<p>Bonjour Anaïs, <a href=\"https://example.org/\">confirmez</a> — à bientôt.</p>"),
            TestContext.Current.CancellationToken);

        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        Assert.StartsWith("20270115T093000", Path.GetFileName(file), StringComparison.Ordinal);
        using var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("Confirmez votre adresse e-mail — Télécom Nancy, Vandœuvre", message.Subject);
        Assert.Equal("anais.candidate@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("no-reply@imt-grand-est.test", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(_clock.GetUtcNow(), message.Date);
        Assert.Contains("Bonjour Anaïs,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("À bientôt, l'équipe du concours.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://example.org/Account/ConfirmEmail?userId=1&code=abc", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("— à bientôt.", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_names_sort_in_the_order_the_messages_were_sent_and_no_temporary_file_is_left()
    {
        var sender = new FileEmailSender(_folder, EmailSettings.DefaultFrom, _clock);

        foreach (var subject in new[] { "first", "second", "third" })
        {
            await sender.SendAsync(new EmailMessage("a@example.org", subject, "text"), TestContext.Current.CancellationToken);
            _clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var files = Directory.GetFiles(_folder).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        Assert.All(files, f => Assert.EndsWith(".eml", f, StringComparison.Ordinal));
        var subjects = new List<string>();
        foreach (var file in files)
        {
            using var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
            subjects.Add(message.Subject ?? string.Empty);
        }

        Assert.Equal(["first", "second", "third"], subjects);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

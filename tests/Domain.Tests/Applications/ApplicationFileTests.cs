using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Common;
using Recruitment.Domain.Consortium;

namespace Recruitment.Domain.Tests.Applications;

/// <summary>The rules of an application file: sections, wishes, submission, the deadline and extensions.</summary>
public sealed class ApplicationFileTests
{
    private static readonly DateTimeOffset Opens = new(2027, 1, 10, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2027, 3, 31, 22, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset During = Opens.AddDays(10);
    private static readonly WishChoice TnStudent = new(1, ProgramStatus.Student);
    private static readonly WishChoice MnStudent = new(2, ProgramStatus.Student);
    private static readonly WishChoice MnApprentice = new(2, ProgramStatus.Apprentice);
    private static readonly HashSet<WishChoice> MpOptions = [TnStudent, MnStudent];

    private static Campaign Campaign() => Domain.Campaigns.Campaign.Create(2027, "Concours 2027", new CampaignCalendar(Opens, Closes, Closes.AddDays(60), []));

    private static ApplicationFile Draft(Campaign campaign) => ApplicationFile.Create(campaign, "applicant-1", "eloise@example.org", "2027-0000001", Opens.AddDays(1));

    private static ApplicationFile Complete(Campaign campaign)
    {
        var file = Draft(campaign);
        file.UpdateIdentity(new PersonalIdentity("Éloïse", "Müller", new DateOnly(2006, 3, 14), "fr", Sex.Female, "01234 56789a"), 0, campaign, During);
        file.UpdateContact(new ContactDetails("+33 6 12 34 56 78", "12 rue Stanislas", "54000", "Nancy", "fr"), 0, campaign, During);
        file.UpdateStudies(new PreviousStudies(1, "Lycée Henri-Poincaré", "CPGE MP", 2026), MpOptions, 0, campaign, During);
        file.SetScholarship(false, 0, campaign, During);
        file.SetWishes([MnStudent, TnStudent], MpOptions, 0, campaign, During);
        file.AddDocument(DocumentKind.IdentityDocument, "passeport.pdf", "application/pdf", 1000, "k/1", null, campaign, During);
        file.AddDocument(DocumentKind.Transcript, "bulletins.pdf", "application/pdf", 1000, "k/2", null, campaign, During);
        return file;
    }

    [Fact]
    public void An_empty_file_lists_every_missing_item_at_once_with_its_section()
    {
        var file = Draft(Campaign());

        Assert.Equal(
            [ApplicationSection.Identity, ApplicationSection.Contact, ApplicationSection.Studies, ApplicationSection.Scholarship, ApplicationSection.Wishes, ApplicationSection.Documents, ApplicationSection.Documents],
            file.Missing().Select(m => m.Section));
        var refused = Assert.Throws<IncompleteApplicationException>(() => file.Submit(Campaign(), During));
        Assert.Equal(7, refused.Missing.Count);
    }

    [Fact]
    public void A_complete_file_is_submitted_while_registration_is_open_and_its_values_are_normalised()
    {
        var campaign = Campaign();
        var file = Complete(campaign);

        file.Submit(campaign, Closes.AddSeconds(-1));

        Assert.Equal((ApplicationStatus.Submitted, Closes.AddSeconds(-1)), (file.Status, file.SubmittedAt));
        Assert.Equal(("0123456789A", "FR", "FR"), (file.Identity!.Ine!, file.Identity.Nationality, file.Contact!.Country));
        Assert.Equal([MnStudent, TnStudent], file.Wishes.OrderBy(w => w.Rank).Select(w => new WishChoice(w.ProgramId, w.Status)));
    }

    [Fact]
    public void Submission_is_refused_before_registration_opens_and_one_second_after_it_closes()
    {
        var campaign = Campaign();
        var early = Complete(campaign);
        var late = Complete(campaign);

        var before = Assert.Throws<ApplicationClosedException>(() => early.Submit(campaign, Opens.AddSeconds(-1)));
        var after = Assert.Throws<ApplicationClosedException>(() => late.Submit(campaign, Closes.AddSeconds(1)));

        Assert.Contains("not opened yet", before.Message, StringComparison.Ordinal);
        Assert.Contains("Registration is closed", after.Message, StringComparison.Ordinal);
        Assert.Equal((ApplicationStatus.Draft, ApplicationStatus.Draft), (early.Status, late.Status));
    }

    [Fact]
    public void After_the_deadline_the_file_is_read_only_except_during_an_extension()
    {
        var campaign = Campaign();
        var file = Complete(campaign);
        var contact = new ContactDetails("+33 6 00 00 00 00", "1 place Carnot", "54000", "Nancy", "FR");

        Assert.Throws<ApplicationClosedException>(() => file.UpdateContact(contact, 1, campaign, Closes.AddSeconds(1)));
        file.GrantExtension(Closes.AddDays(2), "Hospitalised during the last week", "Olivier Gestionnaire", Closes.AddHours(1));
        file.UpdateContact(contact, 1, campaign, Closes.AddDays(1));
        file.Submit(campaign, Closes.AddDays(1));
        var expired = Assert.Throws<ApplicationClosedException>(() => file.UpdateContact(contact with { City = "Metz" }, 2, campaign, Closes.AddDays(2)));

        Assert.Equal("The deadline has passed: the application is read-only.", expired.Message);
        Assert.Equal(("1 place Carnot", ApplicationStatus.Submitted), (file.Contact!.AddressLine, file.Status));
    }

    [Fact]
    public void An_extension_needs_a_reason_and_an_end_in_the_future()
    {
        var file = Complete(Campaign());

        Assert.Throws<DomainException>(() => file.GrantExtension(Closes, "Late", "Officer", Closes.AddHours(1)));
        Assert.Throws<DomainException>(() => file.GrantExtension(Closes.AddDays(1), " ", "Officer", Closes.AddHours(1)));
        Assert.Null(file.Extension);
    }

    [Fact]
    public void A_save_based_on_an_older_version_of_its_section_is_refused_and_changes_nothing()
    {
        var campaign = Campaign();
        var file = Complete(campaign);
        file.UpdateContact(new ContactDetails("+33 6 00 00 00 01", "First tab", "54000", "Nancy", "FR"), 1, campaign, During);

        Assert.Throws<EditConflictException>(() => file.UpdateContact(new ContactDetails("+33 6 00 00 00 02", "Second tab", "54000", "Nancy", "FR"), 1, campaign, During));

        Assert.Equal("First tab", file.Contact!.AddressLine);
    }

    [Fact]
    public void Wishes_are_refused_when_repeated_not_open_to_the_track_or_too_many()
    {
        var campaign = Campaign();
        var file = Complete(campaign);
        var many = Enumerable.Range(1, campaign.MaxWishes + 1).Select(i => new WishChoice(i, ProgramStatus.Student)).ToList();

        var twice = Assert.Throws<DomainException>(() => file.SetWishes([TnStudent, TnStudent], MpOptions, 1, campaign, During));
        var closed = Assert.Throws<DomainException>(() => file.SetWishes([TnStudent, MnApprentice], MpOptions, 1, campaign, During));
        var tooMany = Assert.Throws<DomainException>(() => file.SetWishes(many, many.ToHashSet(), 1, campaign, During));

        Assert.Equal("The same wish is ranked twice.", twice.Message);
        Assert.Contains("is not open to your track", closed.Message, StringComparison.Ordinal);
        Assert.Equal($"At most {campaign.MaxWishes} wishes can be ranked.", tooMany.Message);
        Assert.Equal([MnStudent, TnStudent], file.Wishes.OrderBy(w => w.Rank).Select(w => new WishChoice(w.ProgramId, w.Status)));
    }

    [Fact]
    public void Changing_track_drops_the_wishes_the_new_track_cannot_apply_to_and_says_so()
    {
        var campaign = Campaign();
        var file = Complete(campaign);

        var changes = file.UpdateStudies(new PreviousStudies(2, "Lycée", "CPGE PC", 2026), new HashSet<WishChoice> { TnStudent }, 1, campaign, During);

        Assert.Contains("Wishes: 1 wish(es) dropped, not open to the new track", changes);
        Assert.Equal([(1, TnStudent)], file.Wishes.Select(w => (w.Rank, new WishChoice(w.ProgramId, w.Status))));
    }

    [Fact]
    public void A_birth_date_in_the_future_and_a_malformed_INE_are_refused()
    {
        var campaign = Campaign();
        var file = Draft(campaign);

        var future = Assert.Throws<DomainException>(() => file.UpdateIdentity(new PersonalIdentity("Léa", "Roux", DateOnly.FromDateTime(During.UtcDateTime).AddDays(1), "FR", Sex.Female, null), 0, campaign, During));
        var ine = Assert.Throws<DomainException>(() => file.UpdateIdentity(new PersonalIdentity("Léa", "Roux", new DateOnly(2006, 1, 1), "FR", Sex.Female, "1234567890AB"), 0, campaign, During));

        Assert.Equal("The birth date cannot be in the future.", future.Message);
        Assert.StartsWith("The INE must have 11 characters", ine.Message, StringComparison.Ordinal);
        Assert.Null(file.Identity);
    }

    [Fact]
    public void Eligibility_is_decided_on_submitted_files_and_a_refusal_needs_its_reason()
    {
        var campaign = Campaign();
        var file = Complete(campaign);

        Assert.Throws<DomainException>(() => file.DecideEligibility(true, null, "Officer", During));
        file.Submit(campaign, During);
        Assert.Throws<DomainException>(() => file.DecideEligibility(false, "  ", "Officer", During));
        file.DecideEligibility(false, "Diploma not recognised", "Officer", During);

        Assert.Equal((Eligibility.NotEligible, "Diploma not recognised"), (file.Eligibility, file.EligibilityReason));
    }

    [Theory]
    [InlineData("0123456789A", true)]
    [InlineData("01234 56789a", true)]
    [InlineData("ABCDEFGHIJK", true)]
    [InlineData("1234567890AB", false)]
    [InlineData("0123456789", false)]
    [InlineData("01234567891", false)]
    [InlineData("", false)]
    public void The_INE_is_ten_digits_or_capitals_then_a_capital_spaces_and_case_aside(string value, bool valid) =>
        Assert.Equal(valid, Ine.IsValid(value));

    [Fact]
    public void Names_written_with_or_without_accents_capitals_or_hyphens_share_a_duplicate_key_only_with_the_same_birth_date()
    {
        var birth = new DateOnly(2006, 3, 14);

        var typed = PersonName.DuplicateKey("Éloïse", "MÜLLER-Lefèvre", birth);
        var plain = PersonName.DuplicateKey("eloise", "muller lefevre", birth);
        var otherDay = PersonName.DuplicateKey("Éloïse", "Müller-Lefèvre", birth.AddDays(1));

        Assert.Equal(typed, plain);
        Assert.NotEqual(typed, otherDay);
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00 }, null)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, null)]
    [InlineData(new byte[] { }, null)]
    public void A_document_type_is_read_from_its_first_bytes(byte[] header, string? expected) =>
        Assert.Equal(expected, DocumentContent.Detect(header));
}

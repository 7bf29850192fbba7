using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Common;

namespace Recruitment.Domain.Applications;

/// <summary>
/// One applicant's application (dossier) to one campaign: sections filled at the applicant's pace, ranked wishes,
/// documents, and the officers' decisions. Every change says what it changed, for the audit log.
/// </summary>
public sealed class ApplicationFile
{
    public const int MaxTranscripts = 5;
    public const int NameMaxLength = 100;

    private readonly List<Wish> _wishes = [];
    private readonly List<ApplicationDocument> _documents = [];

    private ApplicationFile()
    {
        Number = string.Empty;
        ApplicantId = string.Empty;
        Email = string.Empty;
        SearchText = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The application number shown to people, e.g. <c>2027-K7M2Q9XD</c>.</summary>
    public string Number { get; private set; }

    public int CampaignId { get; private set; }

    /// <summary>The applicant's account.</summary>
    public string ApplicantId { get; private set; }

    /// <summary>The account's e-mail when the file was created, for officers' searches.</summary>
    public string Email { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset LastChangedAt { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public PersonalIdentity? Identity { get; private set; }

    public ContactDetails? Contact { get; private set; }

    public PreviousStudies? Studies { get; private set; }

    /// <summary>Null until the applicant answers.</summary>
    public bool? ScholarshipHolder { get; private set; }

    public IReadOnlyList<Wish> Wishes => _wishes;

    public IReadOnlyList<ApplicationDocument> Documents => _documents;

    public Eligibility Eligibility { get; private set; }

    public string? EligibilityReason { get; private set; }

    public DateTimeOffset? EligibilityDecidedAt { get; private set; }

    public string? EligibilityDecidedBy { get; private set; }

    public Extension? Extension { get; private set; }

    /// <summary>Normalised last name, first name and birth date: equal keys flag possible duplicates.</summary>
    public string? DuplicateKey { get; private set; }

    /// <summary>Normalised names, e-mail and number, for officers' searches.</summary>
    public string SearchText { get; private set; }

    /// <summary>Each section's version: a save based on an older version is refused, never applied silently.</summary>
    public int IdentityVersion { get; private set; }

    public int ContactVersion { get; private set; }

    public int StudiesVersion { get; private set; }

    public int ScholarshipVersion { get; private set; }

    public int WishesVersion { get; private set; }

    /// <summary>Changes on every save; the database refuses a save based on an older one.</summary>
    public int Version { get; private set; }

    public static ApplicationFile Create(Campaign campaign, string applicantId, string email, string number, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (now >= campaign.RegistrationClosesAt)
        {
            throw new ApplicationClosedException("Registration is closed: a new application can no longer be started.");
        }

        var file = new ApplicationFile
        {
            Number = number,
            CampaignId = campaign.Id,
            ApplicantId = applicantId,
            Email = email,
            CreatedAt = now,
            Status = ApplicationStatus.Draft,
            Eligibility = Eligibility.Pending,
        };
        file.Touch(now);
        return file;
    }

    public bool HasExtension(DateTimeOffset now) => Extension is { } extension && now < extension.Until;

    /// <summary>Drafts can be written until the deadline; afterwards only with an extension.</summary>
    public bool CanEdit(Campaign campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return now < campaign.RegistrationClosesAt || HasExtension(now);
    }

    /// <summary>Submission while registration is open, or later with an extension.</summary>
    public bool CanSubmit(Campaign campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.IsRegistrationOpen(now) || HasExtension(now);
    }

    public IReadOnlyList<string> UpdateIdentity(PersonalIdentity identity, int expectedVersion, Campaign campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(identity);
        EnsureEditable(campaign, now);
        CheckVersion(ApplicationSection.Identity, expectedVersion, IdentityVersion);
        if (identity.BirthDate > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainException("The birth date cannot be in the future.");
        }

        if (identity.Ine is { } ine && !Ine.IsValid(ine))
        {
            throw new DomainException("The INE must have 11 characters: ten digits or capital letters, then a capital letter.");
        }

        var normalised = identity with
        {
            FirstName = Required(identity.FirstName, "first name"),
            LastName = Required(identity.LastName, "last name"),
            Nationality = Required(identity.Nationality, "nationality").ToUpperInvariant(),
            Ine = string.IsNullOrWhiteSpace(identity.Ine) ? null : Ine.Normalize(identity.Ine),
        };
        var changes = Changes.Between(Identity, normalised);
        Identity = normalised;
        DuplicateKey = PersonName.DuplicateKey(normalised.FirstName, normalised.LastName, normalised.BirthDate);
        IdentityVersion++;
        return Saved(changes, now);
    }

    public IReadOnlyList<string> UpdateContact(ContactDetails contact, int expectedVersion, Campaign campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(contact);
        EnsureEditable(campaign, now);
        CheckVersion(ApplicationSection.Contact, expectedVersion, ContactVersion);
        var trimmed = new ContactDetails(
            contact.Phone.Trim(), contact.AddressLine.Trim(), contact.PostalCode.Trim(), contact.City.Trim(), contact.Country.Trim().ToUpperInvariant());
        var changes = Changes.Between(Contact, trimmed);
        Contact = trimmed;
        ContactVersion++;
        return Saved(changes, now);
    }

    /// <summary>
    /// Records the applicant's track and studies. Wishes that the new track cannot apply to are dropped, and said so.
    /// </summary>
    public IReadOnlyList<string> UpdateStudies(
        PreviousStudies studies,
        IReadOnlySet<WishChoice> optionsOfTrack,
        int expectedVersion,
        Campaign campaign,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(studies);
        ArgumentNullException.ThrowIfNull(optionsOfTrack);
        EnsureEditable(campaign, now);
        CheckVersion(ApplicationSection.Studies, expectedVersion, StudiesVersion);
        var trimmed = studies with
        {
            Institution = Required(studies.Institution, "institution"),
            Diploma = Required(studies.Diploma, "diploma"),
        };
        var changes = Changes.Between(Studies, trimmed).ToList();
        Studies = trimmed;
        StudiesVersion++;

        var dropped = _wishes.Where(w => !optionsOfTrack.Contains(w.Choice)).ToList();
        if (dropped.Count > 0)
        {
            foreach (var wish in dropped)
            {
                _wishes.Remove(wish);
            }

            Renumber();
            WishesVersion++;
            changes.Add($"Wishes: {dropped.Count} wish(es) dropped, not open to the new track");
        }

        return Saved(changes, now);
    }

    public IReadOnlyList<string> SetScholarship(bool holder, int expectedVersion, Campaign campaign, DateTimeOffset now)
    {
        EnsureEditable(campaign, now);
        CheckVersion(ApplicationSection.Scholarship, expectedVersion, ScholarshipVersion);
        var changes = ScholarshipHolder == holder ? [] : new[] { $"Scholarship holder: {Changes.Show(ScholarshipHolder)} → {Changes.Show(holder)}" };
        ScholarshipHolder = holder;
        ScholarshipVersion++;
        return Saved(changes, now);
    }

    /// <summary>Replaces the ranked wishes, most wanted first.</summary>
    public IReadOnlyList<string> SetWishes(
        IReadOnlyList<WishChoice> wishes,
        IReadOnlySet<WishChoice> optionsOfTrack,
        int expectedVersion,
        Campaign campaign,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(wishes);
        ArgumentNullException.ThrowIfNull(optionsOfTrack);
        EnsureEditable(campaign, now);
        CheckVersion(ApplicationSection.Wishes, expectedVersion, WishesVersion);
        if (Studies is null)
        {
            throw new DomainException("Choose your track (studies section) before ranking wishes: the wishes open to you depend on it.");
        }

        if (wishes.Count > campaign.MaxWishes)
        {
            throw new DomainException($"At most {campaign.MaxWishes} wishes can be ranked.");
        }

        if (wishes.Distinct().Count() != wishes.Count)
        {
            throw new DomainException("The same wish is ranked twice.");
        }

        if (wishes.FirstOrDefault(w => !optionsOfTrack.Contains(w)) is { } closed)
        {
            throw new DomainException($"Program {closed.ProgramId} under {closed.Status} status is not open to your track.");
        }

        var before = _wishes.OrderBy(w => w.Rank).Select(w => w.Choice).ToList();
        if (before.SequenceEqual(wishes))
        {
            WishesVersion++;
            return Saved([], now);
        }

        _wishes.Clear();
        for (var i = 0; i < wishes.Count; i++)
        {
            _wishes.Add(Wish.Create(i + 1, wishes[i]));
        }

        WishesVersion++;
        return Saved([$"Wishes: {before.Count} → {wishes.Count} ranked"], now);
    }

    /// <summary>
    /// Adds a document. An identity document replaces the previous one; <paramref name="replaces"/> replaces a given
    /// document (e.g. a rejected transcript). Returns the document replaced, whose bytes can then be deleted.
    /// </summary>
    public ApplicationDocument? AddDocument(
        DocumentKind kind,
        string fileName,
        string contentType,
        long length,
        string storageKey,
        Guid? replaces,
        Campaign campaign,
        DateTimeOffset now)
    {
        EnsureEditable(campaign, now);
        if (length > DocumentContent.MaxBytes)
        {
            throw new DomainException("A document can be at most 5 MB.");
        }

        var replaced = replaces is { } id
            ? _documents.Find(d => d.PublicId == id) ?? throw new DomainException("The document to replace does not exist.")
            : kind == DocumentKind.IdentityDocument ? _documents.Find(d => d.Kind == DocumentKind.IdentityDocument) : null;
        if (replaced is not null && replaced.Kind != kind)
        {
            throw new DomainException("A document can only be replaced by one of the same kind.");
        }

        if (replaced is null && kind == DocumentKind.Transcript && _documents.Count(d => d.Kind == DocumentKind.Transcript) >= MaxTranscripts)
        {
            throw new DomainException($"At most {MaxTranscripts} transcripts can be uploaded; replace one instead.");
        }

        if (replaced is not null)
        {
            _documents.Remove(replaced);
        }

        _documents.Add(ApplicationDocument.Create(kind, fileName, contentType, length, storageKey, now));
        Saved([], now);
        return replaced;
    }

    /// <summary>What the file still lacks before it can be submitted.</summary>
    public IReadOnlyList<MissingItem> Missing() => Missing(rejectedDocumentsCount: false);

    /// <summary>
    /// What the file lacks; with <paramref name="rejectedDocumentsCount"/>, a document an officer rejected still
    /// counts as given (the applicant has it to replace, and it does not block their other changes).
    /// </summary>
    private List<MissingItem> Missing(bool rejectedDocumentsCount)
    {
        var missing = new List<MissingItem>();
        if (Identity is null)
        {
            missing.Add(new(ApplicationSection.Identity, nameof(Identity), "Identity: your names, birth date, nationality and sex."));
        }

        if (Contact is null)
        {
            missing.Add(new(ApplicationSection.Contact, nameof(Contact), "Contact: your phone number and postal address."));
        }

        if (Studies is null)
        {
            missing.Add(new(ApplicationSection.Studies, nameof(Studies), "Studies: your track, institution and diploma."));
        }

        if (ScholarshipHolder is null)
        {
            missing.Add(new(ApplicationSection.Scholarship, nameof(ScholarshipHolder), "Scholarship: say whether you hold a scholarship."));
        }

        if (_wishes.Count == 0)
        {
            missing.Add(new(ApplicationSection.Wishes, nameof(Wishes), "Wishes: rank at least one program."));
        }

        if (!_documents.Any(d => d.Kind == DocumentKind.IdentityDocument && (rejectedDocumentsCount || d.Review != DocumentReview.Rejected)))
        {
            missing.Add(new(ApplicationSection.Documents, nameof(DocumentKind.IdentityDocument), "Documents: an identity document (passport or identity card)."));
        }

        if (!_documents.Any(d => d.Kind == DocumentKind.Transcript && (rejectedDocumentsCount || d.Review != DocumentReview.Rejected)))
        {
            missing.Add(new(ApplicationSection.Documents, nameof(DocumentKind.Transcript), "Documents: at least one transcript of your marks."));
        }

        return missing;
    }

    public void Submit(Campaign campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (Status == ApplicationStatus.Submitted)
        {
            throw new DomainException("The application is already submitted.");
        }

        if (!CanSubmit(campaign, now))
        {
            throw new ApplicationClosedException(now < campaign.RegistrationOpensAt
                ? "Registration has not opened yet: the application can be prepared but not submitted."
                : "Registration is closed: the application can no longer be submitted.");
        }

        var missing = Missing();
        if (missing.Count > 0)
        {
            throw new IncompleteApplicationException(missing);
        }

        Status = ApplicationStatus.Submitted;
        SubmittedAt = now;
        Touch(now);
    }

    public string ReviewDocument(Guid documentId, bool accept, string? reason, string reviewer, DateTimeOffset now)
    {
        var document = _documents.Find(d => d.PublicId == documentId)
            ?? throw new DomainException("The document does not exist.");
        if (!accept && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the document is rejected: the applicant will read it.");
        }

        document.Decide(accept ? DocumentReview.Accepted : DocumentReview.Rejected, accept ? null : reason!.Trim(), reviewer, now);
        Touch(now);
        return accept
            ? $"{document.Kind} '{document.FileName}' accepted"
            : $"{document.Kind} '{document.FileName}' rejected: {document.ReviewReason}";
    }

    public string DecideEligibility(bool eligible, string? reason, string officer, DateTimeOffset now)
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw new DomainException("Eligibility is decided on submitted applications only.");
        }

        if (!eligible && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the applicant is not eligible: the applicant will read it.");
        }

        Eligibility = eligible ? Eligibility.Eligible : Eligibility.NotEligible;
        EligibilityReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        EligibilityDecidedAt = now;
        EligibilityDecidedBy = officer;
        Touch(now);
        return eligible ? "Declared eligible" : $"Declared not eligible: {EligibilityReason}";
    }

    public string GrantExtension(DateTimeOffset until, string reason, string officer, DateTimeOffset now)
    {
        if (until <= now)
        {
            throw new DomainException("An extension must end in the future.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why the extension is granted.");
        }

        Extension = new Extension(until, reason.Trim(), officer, now);
        Touch(now);
        return $"Extension granted until {until:yyyy-MM-dd HH:mm} UTC: {Extension.Reason}";
    }

    public int VersionOf(ApplicationSection section) => section switch
    {
        ApplicationSection.Identity => IdentityVersion,
        ApplicationSection.Contact => ContactVersion,
        ApplicationSection.Studies => StudiesVersion,
        ApplicationSection.Scholarship => ScholarshipVersion,
        ApplicationSection.Wishes => WishesVersion,
        _ => Version,
    };

    private void EnsureEditable(Campaign campaign, DateTimeOffset now)
    {
        if (!CanEdit(campaign, now))
        {
            throw new ApplicationClosedException("The deadline has passed: the application is read-only.");
        }
    }

    private static void CheckVersion(ApplicationSection section, int expected, int actual)
    {
        if (expected != actual)
        {
            throw EditConflictException.For(section);
        }
    }

    private static string Required(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException($"The {what} is required.");
        }

        return value.Trim();
    }

    /// <summary>
    /// A submitted file stays complete: a change that would leave something missing is refused. A document an
    /// officer rejected is the applicant's to replace; it does not block their other changes meanwhile.
    /// </summary>
    private IReadOnlyList<string> Saved(IReadOnlyList<string> changes, DateTimeOffset now)
    {
        if (Status == ApplicationStatus.Submitted)
        {
            var missing = Missing(rejectedDocumentsCount: true);
            if (missing.Count > 0)
            {
                throw new IncompleteApplicationException(missing);
            }
        }

        Touch(now);
        return changes;
    }

    private void Touch(DateTimeOffset now)
    {
        LastChangedAt = now;
        Version++;
        SearchText = string.Join(
            ' ',
            new[] { PersonName.Normalize(Identity?.LastName), PersonName.Normalize(Identity?.FirstName), Email.ToLowerInvariant(), Number.ToLowerInvariant() }
                .Where(s => s.Length > 0));
    }

    private void Renumber()
    {
        var ordered = _wishes.OrderBy(w => w.Rank).Select(w => w.Choice).ToList();
        _wishes.Clear();
        for (var i = 0; i < ordered.Count; i++)
        {
            _wishes.Add(Wish.Create(i + 1, ordered[i]));
        }
    }
}

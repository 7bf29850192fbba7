using System.Text;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Recruitment.Application.Common.Auditing;
using Recruitment.Application.Common.Interfaces;
using Recruitment.Application.Common.Security;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Audit;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Infrastructure.Identity;
using Recruitment.Infrastructure.Persistence;

namespace Recruitment.Infrastructure.Demo;

/// <summary>
/// A few hundred demo applicants with French, German and international names (accents included), spread over the
/// tracks, statuses and stages of review, so that every page has realistic content. Always the same people: the
/// generator is seeded.
/// </summary>
public sealed class DemoApplicants(AppDbContext db, IPasswordHasher<AppUser> hasher, IDocumentStore documents, TimeProvider clock, ILogger<DemoApplicants> logger)
{
    public const int DefaultCount = 300;
    private const string Officer = "Olivier Gestionnaire";
    private static readonly string[] Locales = ["fr", "fr", "fr", "de", "de", "pl", "es", "pt_BR", "vi", "tr", "it", "nl"];

    private static readonly Dictionary<string, double> TrackShares = new(StringComparer.Ordinal)
    {
        ["MP"] = .28, ["PC"] = .16, ["PSI"] = .14, ["PT"] = .08, ["TSI"] = .08, ["ATS"] = .06, ["BCPST"] = .10, ["AST"] = .10,
    };

    public async Task SeedAsync(int count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var campaign = await db.Campaigns.Where(c => c.RegistrationClosesAt > now).OrderBy(c => c.RegistrationClosesAt).FirstOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return;
        }

        var tracks = await db.Tracks.ToListAsync(cancellationToken);
        var options = (await db.SeatPools.AsNoTracking().Where(p => p.CampaignId == campaign.Id).Select(p => new { p.TrackId, p.ProgramId, p.Status, p.Seats }).ToListAsync(cancellationToken))
            .GroupBy(p => p.TrackId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Seats).Select(p => new WishChoice(p.ProgramId, p.Status)).ToList());
        var applicantRole = await db.Roles.Where(r => r.Name == Roles.Applicant).Select(r => r.Id).SingleAsync(cancellationToken);
        var passwordHash = hasher.HashPassword(new AppUser(), DemoDataSeeder.Password);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

        var random = new Randomizer(2027);
        for (var i = 0; i < count; i++)
        {
            var person = new Faker(Locales[random.Number(Locales.Length - 1)]) { Random = random };
            var sex = random.Bool() ? Sex.Female : Sex.Male;
            var first = person.Name.FirstName(sex == Sex.Female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male);
            var last = person.Name.LastName();
            var email = $"{PersonName.Normalize(first).Replace(' ', '-')}.{PersonName.Normalize(last).Replace(' ', '-')}.{i:D3}@demo.recruitment.test";
            var user = AppUser.ConfirmedForBulkInsert(email, $"{first} {last}");
            user.PasswordHash = passwordHash;
            user.LockoutEnabled = true;
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = applicantRole });

            var track = Pick(random, tracks);
            var created = now.AddDays(-random.Number(1, 25)).AddMinutes(-random.Number(0, 1440));
            var file = ApplicationFile.Create(campaign, user.Id, email, $"{campaign.Year}-D{i:D7}", created);
            var stage = random.Double();
            file.UpdateIdentity(
                new PersonalIdentity(first, last, DateOnly.FromDateTime(person.Date.Between(now.AddYears(-23).UtcDateTime, now.AddYears(-18).UtcDateTime)), Nationality(random), sex == Sex.Female && random.Number(30) == 0 ? Sex.NotDeclared : sex, random.Number(3) == 0 ? null : Ine(random)),
                0,
                campaign,
                created);
            file.UpdateContact(new ContactDetails(person.Phone.PhoneNumber("+33 6 ## ## ## ##"), person.Address.StreetAddress(), person.Address.ZipCode("#####"), person.Address.City(), "FR"), 0, campaign, created);
            if (stage > .1)
            {
                var open = options.GetValueOrDefault(track.Id) ?? [];
                file.UpdateStudies(new PreviousStudies(track.Id, $"Lycée {person.Name.LastName()}", track.Code == "AST" ? "Licence" : "Classe préparatoire", now.Year), open.ToHashSet(), 0, campaign, created);
                file.SetScholarship(random.Number(3) == 0, 0, campaign, created);
                var wishes = open.OrderBy(_ => random.Number(1000)).Take(random.Number(1, Math.Min(campaign.MaxWishes, open.Count))).ToList();
                if (wishes.Count > 0)
                {
                    file.SetWishes(wishes, open.ToHashSet(), 0, campaign, created);
                }
            }

            if (stage > .25)
            {
                foreach (var kind in new[] { DocumentKind.IdentityDocument, DocumentKind.Transcript })
                {
                    var key = await documents.SaveAsync(file.Number, new MemoryStream(pdf), cancellationToken);
                    file.AddDocument(kind, kind == DocumentKind.IdentityDocument ? "carte-identite.pdf" : "bulletins.pdf", "application/pdf", pdf.Length, key, null, campaign, created);
                }
            }

            Audit(file, created, "Created", $"Application started for {campaign.Name}", user);
            if (stage > .35 && file.Missing().Count == 0)
            {
                var submitted = created.AddHours(random.Number(1, 48));
                if (submitted < now)
                {
                    file.Submit(campaign, submitted);
                    Audit(file, submitted, "Submitted", $"Submitted with {file.Wishes.Count} wish(es) and {file.Documents.Count} document(s)", user);
                    Review(file, random, submitted.AddHours(random.Number(1, 72)), now);
                }
            }

            db.Applications.Add(file);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created {Count} demo applicants.", count);
    }

    /// <summary>An officer has looked at some of the submitted files: documents accepted or rejected, eligibility.</summary>
    private void Review(ApplicationFile file, Randomizer random, DateTimeOffset at, DateTimeOffset now)
    {
        if (at >= now || random.Double() < .3)
        {
            return;
        }

        foreach (var document in file.Documents.ToList())
        {
            var accept = random.Number(12) != 0;
            var details = file.ReviewDocument(document.PublicId, accept, accept ? null : "Document illisible : merci d'envoyer un scan complet.", Officer, at);
            Audit(file, at, accept ? "DocumentAccepted" : "DocumentRejected", details, null);
        }

        if (file.Documents.All(d => d.Review == DocumentReview.Accepted))
        {
            var eligible = random.Number(15) != 0;
            var details = file.DecideEligibility(eligible, eligible ? null : "Diplôme ne donnant pas accès à la filière choisie.", Officer, at);
            Audit(file, at, "EligibilityDecided", details, null);
        }
    }

    private void Audit(ApplicationFile file, DateTimeOffset at, string action, string details, AppUser? applicant) =>
        db.AuditEntries.Add(AuditEntry.Create(at, AuditLog.ApplicationSubject, file.Number, action, applicant?.Id, applicant?.DisplayName ?? Officer, details));

    private static Track Pick(Randomizer random, List<Track> tracks)
    {
        var roll = random.Double();
        foreach (var track in tracks)
        {
            roll -= TrackShares.GetValueOrDefault(track.Code, 0);
            if (roll <= 0)
            {
                return track;
            }
        }

        return tracks[^1];
    }

    private static string Nationality(Randomizer random) => random.Number(9) switch
    {
        0 => "DE",
        1 => "MA",
        2 => "VN",
        3 => "LU",
        _ => "FR",
    };

    private static string Ine(Randomizer random) => $"{random.Number(100_000, 999_999):D6}{random.Number(1000, 9999):D4}{(char)('A' + random.Number(25))}";
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Audit;
using Recruitment.Domain.Campaigns;
using Recruitment.Infrastructure.Identity;

namespace Recruitment.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationFileConfiguration : IEntityTypeConfiguration<ApplicationFile>
{
    public void Configure(EntityTypeBuilder<ApplicationFile> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Number).HasMaxLength(20);
        builder.HasIndex(a => a.Number).IsUnique();
        builder.HasIndex(a => new { a.CampaignId, a.ApplicantId }).IsUnique();
        builder.HasIndex(a => new { a.CampaignId, a.Status });
        builder.HasIndex(a => new { a.CampaignId, a.DuplicateKey });
        builder.HasIndex(a => new { a.CampaignId, a.SearchText });
        builder.Property(a => a.Email).HasMaxLength(256);
        builder.Property(a => a.SearchText).HasMaxLength(700);
        builder.Property(a => a.DuplicateKey).HasMaxLength(250);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Eligibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.EligibilityReason).HasMaxLength(500);
        builder.Property(a => a.EligibilityDecidedBy).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ApplicantId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(a => a.Identity, identity =>
        {
            identity.Property(i => i.FirstName).HasMaxLength(ApplicationFile.NameMaxLength).HasColumnName("FirstName");
            identity.Property(i => i.LastName).HasMaxLength(ApplicationFile.NameMaxLength).HasColumnName("LastName");
            identity.Property(i => i.BirthDate).HasColumnName("BirthDate");
            identity.Property(i => i.Nationality).HasMaxLength(2).HasColumnName("Nationality");
            identity.Property(i => i.Sex).HasConversion<string>().HasMaxLength(20).HasColumnName("Sex");
            identity.Property(i => i.Ine).HasMaxLength(Ine.Length).HasColumnName("Ine");
        });
        builder.OwnsOne(a => a.Contact, contact =>
        {
            contact.Property(c => c.Phone).HasMaxLength(30).HasColumnName("Phone");
            contact.Property(c => c.AddressLine).HasMaxLength(200).HasColumnName("AddressLine");
            contact.Property(c => c.PostalCode).HasMaxLength(20).HasColumnName("PostalCode");
            contact.Property(c => c.City).HasMaxLength(100).HasColumnName("City");
            contact.Property(c => c.Country).HasMaxLength(2).HasColumnName("Country");
        });
        builder.OwnsOne(a => a.Studies, studies =>
        {
            studies.Property(s => s.TrackId).HasColumnName("TrackId");
            studies.Property(s => s.Institution).HasMaxLength(200).HasColumnName("Institution");
            studies.Property(s => s.Diploma).HasMaxLength(200).HasColumnName("Diploma");
            studies.Property(s => s.DiplomaYear).HasColumnName("DiplomaYear");
            studies.HasIndex(s => s.TrackId);
        });
        builder.OwnsOne(a => a.Extension, extension =>
        {
            extension.Property(e => e.Until).HasColumnName("ExtensionUntil");
            extension.Property(e => e.Reason).HasMaxLength(500).HasColumnName("ExtensionReason");
            extension.Property(e => e.GrantedBy).HasMaxLength(200).HasColumnName("ExtensionGrantedBy");
            extension.Property(e => e.GrantedAt).HasColumnName("ExtensionGrantedAt");
        });

        builder.HasMany(a => a.Wishes).WithOne().HasForeignKey(w => w.ApplicationFileId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Documents).WithOne().HasForeignKey(d => d.ApplicationFileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WishConfiguration : IEntityTypeConfiguration<Wish>
{
    public void Configure(EntityTypeBuilder<Wish> builder)
    {
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(w => new { w.ApplicationFileId, w.Rank }).IsUnique();
        builder.HasOne(w => w.Program).WithMany().HasForeignKey(w => w.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApplicationDocumentConfiguration : IEntityTypeConfiguration<ApplicationDocument>
{
    public void Configure(EntityTypeBuilder<ApplicationDocument> builder)
    {
        builder.HasIndex(d => d.PublicId).IsUnique();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Review).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.StorageKey).HasMaxLength(300);
        builder.Property(d => d.ReviewReason).HasMaxLength(500);
        builder.Property(d => d.ReviewedBy).HasMaxLength(200);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(e => new { e.Subject, e.SubjectKey, e.Id });
        builder.Property(e => e.Subject).HasMaxLength(50);
        builder.Property(e => e.SubjectKey).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(50);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
    }
}

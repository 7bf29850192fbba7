using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Recruitment.Domain.Applications;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Consortium;
using Recruitment.Domain.Rankings;

namespace Recruitment.Infrastructure.Persistence.Configurations;

internal sealed class ExamMarkConfiguration : IEntityTypeConfiguration<ExamMark>
{
    public void Configure(EntityTypeBuilder<ExamMark> builder)
    {
        builder.HasIndex(m => new { m.ApplicationFileId, m.SubjectCode }).IsUnique();
        builder.Property(m => m.SubjectCode).HasMaxLength(ReferenceCode.MaxLength);
        builder.Ignore(m => m.Mark);
        builder.HasOne<ApplicationFile>().WithMany().HasForeignKey(m => m.ApplicationFileId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_ExamMarks_Hundredths", $"Hundredths >= 0 AND Hundredths <= {Mark.MaxHundredths}"));
    }
}

internal sealed class TrackRankingSettingsConfiguration : IEntityTypeConfiguration<TrackRankingSettings>
{
    public void Configure(EntityTypeBuilder<TrackRankingSettings> builder)
    {
        builder.ToTable("RankingSettings");
        builder.HasIndex(s => new { s.CampaignId, s.TrackId }).IsUnique();
        builder.Property(s => s.Subjects).HasMaxLength(1000);
        builder.Property(s => s.TieBreakChain).HasMaxLength(500);
        builder.Property(s => s.ChangedBy).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.AdmissibilityBar);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Track>().WithMany().HasForeignKey(s => s.TrackId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RankingVersionConfiguration : IEntityTypeConfiguration<RankingVersion>
{
    public void Configure(EntityTypeBuilder<RankingVersion> builder)
    {
        builder.HasIndex(v => new { v.CampaignId, v.TrackId, v.Number }).IsUnique();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Seed).HasMaxLength(RankingLottery.MaxSeedLength);
        builder.Property(v => v.Subjects).HasMaxLength(1000);
        builder.Property(v => v.TieBreakChain).HasMaxLength(500);
        builder.Property(v => v.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(v => v.ComputedById).HasMaxLength(450);
        builder.Property(v => v.ComputedByName).HasMaxLength(200);
        builder.Property(v => v.ApprovedById).HasMaxLength(450);
        builder.Property(v => v.ApprovedByName).HasMaxLength(200);
        builder.Property(v => v.Reason).HasMaxLength(RankingVersion.ReasonMaxLength);
        builder.Property(v => v.RowVersion).IsConcurrencyToken();
        builder.Ignore(v => v.AdmissibilityBar);
        builder.Ignore(v => v.IsPublished);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(v => v.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Track>().WithMany().HasForeignKey(v => v.TrackId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RankingEntryConfiguration : IEntityTypeConfiguration<RankingEntry>
{
    public void Configure(EntityTypeBuilder<RankingEntry> builder)
    {
        builder.HasIndex(e => new { e.RankingVersionId, e.Outcome, e.Rank });
        builder.HasIndex(e => e.ApplicationFileId);
        builder.Property(e => e.ApplicationNumber).HasMaxLength(RankingCandidate.MaxApplicationNumberLength);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.SeparatedBy).HasMaxLength(40);
        builder.Property(e => e.Marks).HasMaxLength(500);
        builder.Property(e => e.MissingSubjects).HasMaxLength(500);
        builder.Ignore(e => e.Score);
        builder.HasOne<RankingVersion>().WithMany().HasForeignKey(e => e.RankingVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationFile>().WithMany().HasForeignKey(e => e.ApplicationFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

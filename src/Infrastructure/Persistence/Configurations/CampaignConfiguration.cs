using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Recruitment.Domain.Campaigns;

namespace Recruitment.Infrastructure.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.HasIndex(c => c.Year).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Ignore(c => c.Calendar);
        builder.Ignore(c => c.TotalSeats);
        builder.Ignore(c => c.NoAnswerMeansResignation);
        builder.HasMany(c => c.Rounds).WithOne().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.SeatPools).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlannedRoundConfiguration : IEntityTypeConfiguration<PlannedRound>
{
    public void Configure(EntityTypeBuilder<PlannedRound> builder)
    {
        builder.ToTable("PlannedRounds");
        builder.HasIndex(r => new { r.CampaignId, r.Number }).IsUnique();
    }
}

internal sealed class SeatPoolConfiguration : IEntityTypeConfiguration<SeatPool>
{
    public void Configure(EntityTypeBuilder<SeatPool> builder)
    {
        builder.HasIndex(p => new { p.CampaignId, p.ProgramId, p.Status, p.TrackId }).IsUnique();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(p => p.Program).WithMany().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Track).WithMany().HasForeignKey(p => p.TrackId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_SeatPools_Seats", "Seats >= 0"));
    }
}

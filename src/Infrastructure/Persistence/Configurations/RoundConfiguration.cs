using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Recruitment.Domain.Campaigns;
using Recruitment.Domain.Rounds;

namespace Recruitment.Infrastructure.Persistence.Configurations;

internal sealed class CandidacyConfiguration : IEntityTypeConfiguration<Candidacy>
{
    public void Configure(EntityTypeBuilder<Candidacy> builder)
    {
        builder.ToTable("Candidacies");
        builder.HasIndex(c => new { c.CampaignId, c.ApplicationNumber }).IsUnique();
        builder.Property(c => c.ApplicationNumber).HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.WishList).HasMaxLength(1000);
        builder.Property(c => c.HeldPool).HasMaxLength(70);
        builder.Ignore(c => c.Wishes);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AllocationRoundConfiguration : IEntityTypeConfiguration<AllocationRound>
{
    public void Configure(EntityTypeBuilder<AllocationRound> builder)
    {
        builder.HasIndex(r => new { r.CampaignId, r.Number }).IsUnique();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.OpenedBy).HasMaxLength(200);
        builder.Property(r => r.ClosedBy).HasMaxLength(200);
        builder.Property(r => r.EngineVersion).HasMaxLength(50);
        builder.Property(r => r.InputSha256).HasMaxLength(64);
        builder.Property(r => r.OutputSha256).HasMaxLength(64);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Offers).WithOne().HasForeignKey(o => o.AllocationRoundId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(r => r.Pools, pools => pools.ToJson());
    }
}

internal sealed class RoundOfferConfiguration : IEntityTypeConfiguration<RoundOffer>
{
    public void Configure(EntityTypeBuilder<RoundOffer> builder)
    {
        builder.HasIndex(o => new { o.AllocationRoundId, o.ApplicationNumber }).IsUnique();
        builder.Property(o => o.ApplicationNumber).HasMaxLength(20);
        builder.Property(o => o.Pool).HasMaxLength(70);
        builder.Property(o => o.Answer).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Explanation).HasMaxLength(2000);
    }
}

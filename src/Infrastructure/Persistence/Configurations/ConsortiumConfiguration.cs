using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Recruitment.Domain.Consortium;

namespace Recruitment.Infrastructure.Persistence.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(ReferenceCode.MaxLength);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.City).HasMaxLength(100);
    }
}

internal sealed class EngineeringProgramConfiguration : IEntityTypeConfiguration<EngineeringProgram>
{
    public void Configure(EntityTypeBuilder<EngineeringProgram> builder)
    {
        builder.ToTable("Programs");
        builder.Property(p => p.Code).HasMaxLength(ReferenceCode.MaxLength);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasOne(p => p.School).WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(ReferenceCode.MaxLength);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasMany(t => t.Subjects).WithOne().HasForeignKey(s => s.TrackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Subjects).AutoInclude();
    }
}

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.Property(s => s.Code).HasMaxLength(ReferenceCode.MaxLength);
        builder.HasIndex(s => new { s.TrackId, s.Code }).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
    }
}

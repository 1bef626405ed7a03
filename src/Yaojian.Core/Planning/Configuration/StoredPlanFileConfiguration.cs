using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Planning.Configuration;

internal sealed class StoredPlanFileConfiguration : IEntityTypeConfiguration<StoredPlanFile>
{
    public void Configure(EntityTypeBuilder<StoredPlanFile> builder)
    {
        builder.ToTable("plan_files");
        builder.HasIndex(p => p.Year);
        builder.Property(p => p.PlanKey).HasMaxLength(64);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.FileName).HasMaxLength(200);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.LoadedBy).HasMaxLength(256);
    }
}

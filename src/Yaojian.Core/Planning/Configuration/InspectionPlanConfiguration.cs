using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Planning.Configuration;

internal sealed class InspectionPlanConfiguration : IEntityTypeConfiguration<InspectionPlan>
{
    public void Configure(EntityTypeBuilder<InspectionPlan> builder)
    {
        builder.ToTable("inspection_plans");
        builder.HasIndex(p => p.Year).IsUnique();
        builder.Property(p => p.GeneratedBy).HasMaxLength(256);
        builder.Property(p => p.PublishedBy).HasMaxLength(256);
        builder.HasOne(p => p.PlanFile).WithMany().HasForeignKey(p => p.PlanFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Visits).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

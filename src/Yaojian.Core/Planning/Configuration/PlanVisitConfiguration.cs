using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Planning.Configuration;

internal sealed class PlanVisitConfiguration : IEntityTypeConfiguration<PlanVisit>
{
    public void Configure(EntityTypeBuilder<PlanVisit> builder)
    {
        builder.ToTable("plan_visits");
        builder.HasIndex(v => new { v.PlanId, v.UnitId, v.WindowStart });
        builder.HasIndex(v => new { v.PlanId, v.EntityId });
        // The visit list in window order, and the workbench's open visits by deadline, read a page without sorting the year.
        builder.HasIndex(v => new { v.PlanId, v.WindowStart });
        builder.HasIndex(v => new { v.PlanId, v.Status, v.WindowEnd });
        builder.Property(v => v.RuleIds).HasMaxLength(1000);
        builder.HasOne(v => v.Entity).WithMany().HasForeignKey(v => v.EntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Unit).WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Inspectors).WithOne().HasForeignKey(i => i.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

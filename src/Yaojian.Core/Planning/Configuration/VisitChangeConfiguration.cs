using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Planning.Configuration;

internal sealed class VisitChangeConfiguration : IEntityTypeConfiguration<VisitChange>
{
    public void Configure(EntityTypeBuilder<VisitChange> builder)
    {
        builder.ToTable("visit_changes");
        builder.HasIndex(c => c.VisitId);
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.Property(c => c.Before).HasMaxLength(1000);
        builder.Property(c => c.After).HasMaxLength(1000);
        builder.HasOne<PlanVisit>().WithMany().HasForeignKey(c => c.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

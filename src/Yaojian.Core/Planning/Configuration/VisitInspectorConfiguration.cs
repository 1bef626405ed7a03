using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Planning.Configuration;

internal sealed class VisitInspectorConfiguration : IEntityTypeConfiguration<VisitInspector>
{
    public void Configure(EntityTypeBuilder<VisitInspector> builder)
    {
        builder.ToTable("visit_inspectors");
        builder.HasIndex(v => new { v.VisitId, v.InspectorId }).IsUnique();
        builder.HasIndex(v => v.InspectorId);
        builder.HasOne(v => v.Inspector).WithMany().HasForeignKey(v => v.InspectorId).OnDelete(DeleteBehavior.Restrict);
    }
}

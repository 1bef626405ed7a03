using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Inspections.Configuration;

internal sealed class InspectionInspectorConfiguration : IEntityTypeConfiguration<InspectionInspector>
{
    public void Configure(EntityTypeBuilder<InspectionInspector> builder)
    {
        builder.ToTable("inspection_inspectors");
        builder.HasIndex(x => new { x.InspectionId, x.InspectorId }).IsUnique();
        builder.HasOne(x => x.Inspector).WithMany().HasForeignKey(x => x.InspectorId).OnDelete(DeleteBehavior.Restrict);
    }
}

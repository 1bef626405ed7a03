using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Inspections.Dispositions.Storage;

internal sealed class DispositionRecordConfiguration : IEntityTypeConfiguration<DispositionRecord>
{
    public void Configure(EntityTypeBuilder<DispositionRecord> builder)
    {
        builder.ToTable("dispositions");
        builder.HasIndex(d => new { d.UnitId, d.State });
        builder.HasIndex(d => d.EntityId);
        builder.HasOne<RegulatedEntity>().WithMany().HasForeignKey(d => d.EntityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(d => d.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Finding>().WithMany().HasForeignKey(d => d.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Events).WithOne().HasForeignKey(e => e.DispositionId).OnDelete(DeleteBehavior.Cascade);
    }
}

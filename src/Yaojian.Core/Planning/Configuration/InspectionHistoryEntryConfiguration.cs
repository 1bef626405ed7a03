using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning.Configuration;

internal sealed class InspectionHistoryEntryConfiguration : IEntityTypeConfiguration<InspectionHistoryEntry>
{
    public void Configure(EntityTypeBuilder<InspectionHistoryEntry> builder)
    {
        builder.ToTable("inspection_history");
        builder.HasIndex(h => new { h.EntityId, h.InspectedOn });
        builder.Property(h => h.Source).HasMaxLength(20);
        builder.HasOne<RegulatedEntity>().WithMany().HasForeignKey(h => h.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

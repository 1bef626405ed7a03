using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning.Configuration;

internal sealed class InspectorConflictConfiguration : IEntityTypeConfiguration<InspectorConflict>
{
    public void Configure(EntityTypeBuilder<InspectorConflict> builder)
    {
        builder.ToTable("inspector_conflicts");
        builder.HasIndex(c => new { c.InspectorId, c.EntityId }).IsUnique();
        builder.Property(c => c.Reason).HasMaxLength(200);
        builder.HasOne<RegulatedEntity>().WithMany().HasForeignKey(c => c.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

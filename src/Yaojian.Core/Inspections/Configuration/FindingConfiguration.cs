using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Inspections.Configuration;

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("findings");
        builder.HasIndex(f => f.InspectionId);
        builder.Property(f => f.ItemId).HasMaxLength(150);
        builder.Property(f => f.Description).HasMaxLength(2000);
        builder.Property(f => f.ClientKey).HasMaxLength(64);
        builder.HasOne<Finding>().WithMany().HasForeignKey(f => f.RepeatOfFindingId).OnDelete(DeleteBehavior.Restrict);
    }
}

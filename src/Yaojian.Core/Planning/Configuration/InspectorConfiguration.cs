using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Planning.Configuration;

internal sealed class InspectorConfiguration : IEntityTypeConfiguration<Inspector>
{
    public void Configure(EntityTypeBuilder<Inspector> builder)
    {
        builder.ToTable("inspectors");
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasIndex(i => i.UnitId);
        builder.Property(i => i.Code).HasMaxLength(64);
        builder.Property(i => i.CertificateNumber).HasMaxLength(50);
        builder.Property(i => i.Name).HasMaxLength(50);
        builder.Property(i => i.UserName).HasMaxLength(256);
        builder.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Conflicts).WithOne().HasForeignKey(c => c.InspectorId).OnDelete(DeleteBehavior.Cascade);
    }
}

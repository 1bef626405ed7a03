using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Registry.Configuration;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("org_units");
        builder.HasIndex(u => u.Code).IsUnique();
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.Property(u => u.Name).HasMaxLength(100);
        builder.Property(u => u.Territory).HasMaxLength(1000);
    }
}

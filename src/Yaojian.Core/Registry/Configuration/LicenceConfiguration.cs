using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Registry.Configuration;

internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> builder)
    {
        builder.ToTable("licences");
        builder.Property(l => l.Number).HasMaxLength(100);
        builder.Property(l => l.Scope).HasMaxLength(2000);
        builder.HasIndex(l => l.Number);
        builder.HasIndex(l => l.ValidUntil);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Registry.Configuration;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.Property(p => p.ApprovalNumber).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => p.ApprovalNumber).IsUnique();
        builder.HasIndex(p => p.ControlClass);
    }
}

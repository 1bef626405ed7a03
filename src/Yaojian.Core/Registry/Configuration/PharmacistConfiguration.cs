using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Registry.Configuration;

internal sealed class PharmacistConfiguration : IEntityTypeConfiguration<Pharmacist>
{
    public void Configure(EntityTypeBuilder<Pharmacist> builder)
    {
        builder.ToTable("pharmacists");
        builder.Property(p => p.Name).HasMaxLength(50);
        builder.Property(p => p.RegistrationNumber).HasMaxLength(50);
        builder.Property(p => p.Category).HasMaxLength(20);
        builder.Property(p => p.IdNumber).HasMaxLength(18);
        builder.HasIndex(p => p.RegistrationNumber);
    }
}

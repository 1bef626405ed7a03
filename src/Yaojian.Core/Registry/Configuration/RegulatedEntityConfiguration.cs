using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Registry.Configuration;

internal sealed class RegulatedEntityConfiguration : IEntityTypeConfiguration<RegulatedEntity>
{
    public void Configure(EntityTypeBuilder<RegulatedEntity> builder)
    {
        builder.ToTable("entities");
        builder.Property(e => e.Code).HasMaxLength(EntityRules.CodeMaxLength);
        builder.Property(e => e.Name).HasMaxLength(EntityRules.NameMaxLength);
        builder.Property(e => e.Uscc).HasMaxLength(18);
        builder.Property(e => e.Township).HasMaxLength(EntityRules.TownshipMaxLength);
        builder.Property(e => e.Address).HasMaxLength(EntityRules.AddressMaxLength);
        builder.Property(e => e.LegalRepresentative).HasMaxLength(EntityRules.PersonNameMaxLength);
        builder.Property(e => e.ContactPhone).HasMaxLength(EntityRules.PhoneMaxLength);

        builder.HasIndex(e => e.Code).IsUnique();
        builder.HasIndex(e => e.Uscc);
        builder.HasIndex(e => e.Name);

        // The list is filtered by unit first (属地为主) and then by kind, area, grade or status.
        builder.HasIndex(e => new { e.UnitId, e.Kind });
        builder.HasIndex(e => e.Kind);
        builder.HasIndex(e => e.Status);
        builder.HasIndex(e => e.CreditGrade);

        builder.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Licences).WithOne().HasForeignKey(l => l.EntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Pharmacists).WithOne().HasForeignKey(p => p.EntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.GradeHistory).WithOne().HasForeignKey(g => g.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Planning;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Inspections.Configuration;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("inspections");
        builder.HasIndex(i => new { i.Number, i.Version }).IsUnique();
        builder.HasIndex(i => new { i.EntityId, i.Status });
        builder.HasIndex(i => new { i.UnitId, i.Status });
        builder.Property(i => i.Number).HasMaxLength(40);
        builder.Property(i => i.Representative).HasMaxLength(50);
        builder.Property(i => i.RepresentativeTitle).HasMaxLength(50);
        builder.Property(i => i.Checklists).HasMaxLength(500);
        builder.Property(i => i.Notes).HasMaxLength(2000);
        builder.Property(i => i.RepresentativeOpinion).HasMaxLength(1000);
        builder.Property(i => i.CreatedBy).HasMaxLength(256);
        builder.HasOne(i => i.Entity).WithMany().HasForeignKey(i => i.EntityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanVisit>().WithMany().HasForeignKey(i => i.PlanVisitId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(i => i.PreviousVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Inspectors).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Answers).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Signatures).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

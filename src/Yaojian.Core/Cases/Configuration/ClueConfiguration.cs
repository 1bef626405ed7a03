using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Cases.Configuration;

internal sealed class ClueConfiguration : IEntityTypeConfiguration<Clue>
{
    public void Configure(EntityTypeBuilder<Clue> builder)
    {
        builder.ToTable("clues");
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.UnitId, c.Status });
        builder.HasIndex(c => new { c.EntityId, c.Status });
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.Property(c => c.SourceRef).HasMaxLength(100);
        builder.Property(c => c.ProductName).HasMaxLength(200);
        builder.Property(c => c.Summary).HasMaxLength(OpenClue.MaxSummaryLength);
        builder.Property(c => c.Decision).HasMaxLength(Clue.MaxDecisionLength);
        builder.Property(c => c.ApprovedBy).HasMaxLength(CaseTexts.MaxApprover);
        builder.Property(c => c.DecidedBy).HasMaxLength(256);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.ReporterName).HasMaxLength(100);
        builder.Property(c => c.ReporterPhone).HasMaxLength(30);
        builder.HasIndex(c => c.CaseId);
        builder.HasOne<DispositionRecord>().WithMany().HasForeignKey(c => c.DispositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ClueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RegulatedEntity>().WithMany().HasForeignKey(c => c.EntityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Clue>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

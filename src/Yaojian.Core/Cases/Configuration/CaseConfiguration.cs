using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Cases.Configuration;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("cases");
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasIndex(c => new { c.UnitId, c.State });
        builder.HasIndex(c => c.EntityId);
        builder.HasIndex(c => c.DispositionId);
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.Property(c => c.Cause).HasMaxLength(CaseTexts.MaxCause);
        builder.Property(c => c.Summary).HasMaxLength(Case.MaxTextLength);
        builder.Property(c => c.PartyName).HasMaxLength(CaseTexts.MaxParty);
        builder.Property(c => c.ProductName).HasMaxLength(200);
        builder.Property(c => c.DecisionNumber).HasMaxLength(CaseTexts.MaxDecisionNumber);
        builder.Property(c => c.DecisionSummary).HasMaxLength(Case.MaxTextLength);
        builder.Property(c => c.PublishedBy).HasMaxLength(256);
        builder.Property(c => c.PublicCause).HasMaxLength(CaseTexts.MaxCause);
        builder.Property(c => c.PublicFacts).HasMaxLength(Case.MaxTextLength);
        builder.Property(c => c.PublicWriteUp).HasMaxLength(Case.MaxWriteUpLength);
        builder.Property(c => c.ApprovedBy).HasMaxLength(CaseTexts.MaxApprover);
        builder.Property(c => c.Execution).HasMaxLength(Case.MaxTextLength);
        builder.Property(c => c.PoliceUnit).HasMaxLength(CaseTexts.MaxPoliceUnit);
        builder.Property(c => c.PoliceResult).HasMaxLength(Case.MaxTextLength);
        builder.Property(c => c.TypicalWriteUp).HasMaxLength(Case.MaxWriteUpLength);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasOne<RegulatedEntity>().WithMany().HasForeignKey(c => c.EntityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DispositionRecord>().WithMany().HasForeignKey(c => c.DispositionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Persons).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Penalties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Partners).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Clues).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

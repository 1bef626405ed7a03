using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Cases;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks.Configuration;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    public void Configure(EntityTypeBuilder<Risk> builder)
    {
        builder.ToTable("risks");
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => new { r.Area, r.Stage });
        builder.HasIndex(r => r.ClueId);
        builder.Property(r => r.Number).HasMaxLength(40);
        builder.Property(r => r.Title).HasMaxLength(RaiseRisk.MaxTitleLength);
        builder.Property(r => r.Description).HasMaxLength(RaiseRisk.MaxTextLength);
        builder.Property(r => r.Level).HasMaxLength(64);
        builder.Property(r => r.SourceRef).HasMaxLength(100);
        builder.Property(r => r.CaseNumber).HasMaxLength(60);
        builder.Property(r => r.ProductName).HasMaxLength(200);
        builder.Property(r => r.Place).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne<Clue>().WithMany().HasForeignKey(r => r.ClueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Entities).WithOne().HasForeignKey(l => l.RiskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RiskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Measures).WithOne().HasForeignKey(m => m.RiskId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Sampling.Configuration;

internal sealed class SampleConfiguration : IEntityTypeConfiguration<Sample>
{
    public void Configure(EntityTypeBuilder<Sample> builder)
    {
        builder.ToTable("samples");
        builder.HasIndex(s => s.Number).IsUnique();
        builder.HasIndex(s => new { s.UnitId, s.SampledOn });
        builder.HasIndex(s => new { s.EntityId, s.SampledOn });
        builder.HasIndex(s => new { s.Conclusion, s.ReportedOn });
        builder.Property(s => s.Number).HasMaxLength(SampleRules.MaxNumberLength);
        builder.Property(s => s.CategoryId).HasMaxLength(64);
        builder.Property(s => s.ProductName).HasMaxLength(200);
        builder.Property(s => s.ApprovalNumber).HasMaxLength(100);
        builder.Property(s => s.Batch).HasMaxLength(60);
        builder.Property(s => s.Manufacturer).HasMaxLength(200);
        builder.Property(s => s.Specification).HasMaxLength(100);
        builder.Property(s => s.Platform).HasMaxLength(100);
        builder.Property(s => s.Shop).HasMaxLength(200);
        builder.Property(s => s.Notes).HasMaxLength(1000);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.ReportNumber).HasMaxLength(60);
        builder.Property(s => s.FailingItems).HasMaxLength(1000);
        builder.Property(s => s.Laboratory).HasMaxLength(100);
        builder.Property(s => s.ResultSource).HasMaxLength(300);
        builder.Property(s => s.ResultBy).HasMaxLength(256);
        builder.HasOne(s => s.Entity).WithMany().HasForeignKey(s => s.EntityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Samplers).WithOne().HasForeignKey(x => x.SampleId).OnDelete(DeleteBehavior.Cascade);
    }
}

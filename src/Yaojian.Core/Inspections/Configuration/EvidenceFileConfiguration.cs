using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Inspections.Dispositions.Storage;
using Yaojian.Core.Inspections.Evidence;

namespace Yaojian.Core.Inspections.Configuration;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("evidence_files");
        builder.HasIndex(f => f.InspectionId);
        builder.HasIndex(f => f.DispositionId);
        builder.Property(f => f.ContentHash).HasMaxLength(64);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.MediaType).HasMaxLength(50);
        builder.Property(f => f.Caption).HasMaxLength(200);
        builder.Property(f => f.ClientKey).HasMaxLength(64);
        builder.Property(f => f.UploadedBy).HasMaxLength(256);
        builder.HasOne<EvidenceContent>().WithMany().HasForeignKey(f => f.ContentHash).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Finding>().WithMany().HasForeignKey(f => f.FindingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DispositionRecord>().WithMany().HasForeignKey(f => f.DispositionId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Inspections.Evidence;

namespace Yaojian.Core.Inspections.Configuration;

internal sealed class EvidenceContentConfiguration : IEntityTypeConfiguration<EvidenceContent>
{
    public void Configure(EntityTypeBuilder<EvidenceContent> builder)
    {
        builder.ToTable("evidence_contents");
        builder.HasKey(c => c.Hash);
        builder.Property(c => c.Hash).HasMaxLength(64);
        builder.Property(c => c.MediaType).HasMaxLength(50);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Inspections.Dispositions.Storage;

internal sealed class DispositionEventRecordConfiguration : IEntityTypeConfiguration<DispositionEventRecord>
{
    public void Configure(EntityTypeBuilder<DispositionEventRecord> builder)
    {
        builder.ToTable("disposition_events");
        builder.HasIndex(e => e.DispositionId);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.ReplySummary).HasMaxLength(2000);
        builder.Property(e => e.ResultText).HasMaxLength(2000);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Audit;

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_records");
        builder.HasKey(r => r.Sequence);
        builder.Property(r => r.Sequence).ValueGeneratedNever();
        builder.Property(r => r.ActorId).HasMaxLength(64);
        builder.Property(r => r.Actor).HasMaxLength(100);
        builder.Property(r => r.Action).HasMaxLength(40);
        builder.Property(r => r.Subject).HasMaxLength(100);
        builder.Property(r => r.SubjectKey).HasMaxLength(200);
        builder.Property(r => r.Detail).HasMaxLength(1000);
        builder.Property(r => r.PreviousHash).HasMaxLength(64);
        builder.Property(r => r.Hash).HasMaxLength(64);
        builder.HasIndex(r => new { r.Subject, r.SubjectKey });
        builder.HasIndex(r => r.At);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Audit;

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.ToTable("audit_head");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.LastHash).HasMaxLength(64);
        builder.HasData(new AuditHead { Id = AuditHead.SingletonId, LastSequence = 0, LastHash = AuditChain.Genesis });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Risks.Configuration;

internal sealed class RiskEventRecordConfiguration : IEntityTypeConfiguration<RiskEventRecord>
{
    public void Configure(EntityTypeBuilder<RiskEventRecord> builder)
    {
        builder.ToTable("risk_events");
        builder.HasIndex(e => e.RiskId);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(RaiseRisk.MaxTextLength);
        builder.HasOne<RiskMeeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

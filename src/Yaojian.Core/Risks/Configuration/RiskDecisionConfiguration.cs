using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Risks.Configuration;

internal sealed class RiskDecisionConfiguration : IEntityTypeConfiguration<RiskDecision>
{
    public void Configure(EntityTypeBuilder<RiskDecision> builder)
    {
        builder.ToTable("risk_decisions");
        builder.HasIndex(d => d.MeetingId);
        builder.HasIndex(d => d.RiskId);
        builder.Property(d => d.Conclusion).HasMaxLength(RaiseRisk.MaxTextLength);
        builder.Property(d => d.Level).HasMaxLength(64);
        builder.Property(d => d.DecidedBy).HasMaxLength(256);
        builder.HasOne<Risk>().WithMany().HasForeignKey(d => d.RiskId).OnDelete(DeleteBehavior.Restrict);
    }
}

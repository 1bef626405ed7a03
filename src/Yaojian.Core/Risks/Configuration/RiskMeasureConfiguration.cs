using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks.Configuration;

internal sealed class RiskMeasureConfiguration : IEntityTypeConfiguration<RiskMeasure>
{
    public void Configure(EntityTypeBuilder<RiskMeasure> builder)
    {
        builder.ToTable("risk_measures");
        builder.HasIndex(m => new { m.Status, m.Deadline });
        builder.HasIndex(m => m.MeetingId);
        builder.HasIndex(m => m.OwnerUnitId);
        builder.Property(m => m.Text).HasMaxLength(RaiseRisk.MaxTextLength);
        builder.Property(m => m.OwnerPerson).HasMaxLength(100);
        builder.Property(m => m.Result).HasMaxLength(RaiseRisk.MaxTextLength);
        builder.Property(m => m.FinishedBy).HasMaxLength(256);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RiskMeeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Risks.Configuration;

internal sealed class RiskMeetingConfiguration : IEntityTypeConfiguration<RiskMeeting>
{
    public void Configure(EntityTypeBuilder<RiskMeeting> builder)
    {
        builder.ToTable("risk_meetings");
        builder.HasIndex(m => new { m.Area, m.HeldOn });
        builder.Property(m => m.Chair).HasMaxLength(100);
        builder.Property(m => m.Location).HasMaxLength(200);
        builder.Property(m => m.Minutes).HasMaxLength(RecordMeeting.MaxMinutesLength);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks.Configuration;

internal sealed class RiskMeetingAttendeeConfiguration : IEntityTypeConfiguration<RiskMeetingAttendee>
{
    public void Configure(EntityTypeBuilder<RiskMeetingAttendee> builder)
    {
        builder.ToTable("risk_meeting_attendees");
        builder.HasIndex(a => a.MeetingId);
        builder.Property(a => a.PersonName).HasMaxLength(100);
        builder.Property(a => a.Post).HasMaxLength(100);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Cases.Configuration;

internal sealed class ClueEventConfiguration : IEntityTypeConfiguration<ClueEvent>
{
    public void Configure(EntityTypeBuilder<ClueEvent> builder)
    {
        builder.ToTable("clue_events");
        builder.HasIndex(e => e.ClueId);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(CaseTexts.MaxClueReason);
        builder.Property(e => e.ApprovedBy).HasMaxLength(CaseTexts.MaxApprover);
    }
}

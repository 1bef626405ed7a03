using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Cases.Configuration;

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.ToTable("case_events");
        builder.HasIndex(e => e.CaseId);
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(Case.MaxTextLength);
        builder.Property(e => e.ApprovedBy).HasMaxLength(CaseTexts.MaxApprover);
        builder.Property(e => e.Text).HasMaxLength(Case.MaxTextLength);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Cases.Configuration;

internal sealed class CasePenaltyConfiguration : IEntityTypeConfiguration<CasePenalty>
{
    public void Configure(EntityTypeBuilder<CasePenalty> builder)
    {
        builder.ToTable("case_penalties");
        builder.HasIndex(p => p.CaseId);
        builder.Property(p => p.Amount).HasPrecision(14, 2);
        builder.Property(p => p.Detail).HasMaxLength(CasePenaltyRules.MaxDetailLength);
        builder.Property(p => p.PublicDetail).HasMaxLength(CasePenaltyRules.MaxDetailLength);
    }
}

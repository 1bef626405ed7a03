using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Registry.Configuration;

internal sealed class CreditGradeChangeConfiguration : IEntityTypeConfiguration<CreditGradeChange>
{
    public void Configure(EntityTypeBuilder<CreditGradeChange> builder)
    {
        builder.ToTable("credit_grade_changes");
        builder.Property(g => g.Reason).HasMaxLength(500);
        builder.HasIndex(g => new { g.EntityId, g.EffectiveOn });
    }
}

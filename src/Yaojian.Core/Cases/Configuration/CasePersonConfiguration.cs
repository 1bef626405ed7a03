using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Cases.Configuration;

internal sealed class CasePersonConfiguration : IEntityTypeConfiguration<CasePerson>
{
    public void Configure(EntityTypeBuilder<CasePerson> builder)
    {
        builder.ToTable("case_persons");
        builder.HasIndex(p => new { p.CaseId, p.No }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(CaseTexts.MaxPersonName);
        builder.Property(p => p.IdNumber).HasMaxLength(30);
    }
}

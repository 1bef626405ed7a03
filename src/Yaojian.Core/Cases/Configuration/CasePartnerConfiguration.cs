using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Cases.Configuration;

internal sealed class CasePartnerConfiguration : IEntityTypeConfiguration<CasePartner>
{
    public void Configure(EntityTypeBuilder<CasePartner> builder)
    {
        builder.ToTable("case_partners");
        builder.HasIndex(p => p.CaseId);
        builder.Property(p => p.Bureau).HasMaxLength(CaseTexts.MaxBureau);
        builder.Property(p => p.Note).HasMaxLength(CaseTexts.MaxPartnerNote);
    }
}

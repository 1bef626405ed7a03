using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Inspections.Configuration;

internal sealed class InspectionSignatureConfiguration : IEntityTypeConfiguration<InspectionSignature>
{
    public void Configure(EntityTypeBuilder<InspectionSignature> builder)
    {
        builder.ToTable("inspection_signatures");
        builder.HasIndex(s => s.InspectionId);
        builder.Property(s => s.SignerName).HasMaxLength(50);
    }
}

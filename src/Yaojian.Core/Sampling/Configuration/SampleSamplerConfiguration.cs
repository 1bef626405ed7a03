using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Sampling.Configuration;

internal sealed class SampleSamplerConfiguration : IEntityTypeConfiguration<SampleSampler>
{
    public void Configure(EntityTypeBuilder<SampleSampler> builder)
    {
        builder.ToTable("sample_samplers");
        builder.HasIndex(s => new { s.SampleId, s.InspectorId }).IsUnique();
        builder.HasOne(s => s.Inspector).WithMany().HasForeignKey(s => s.InspectorId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Risks.Configuration;

internal sealed class RiskEntityLinkConfiguration : IEntityTypeConfiguration<RiskEntityLink>
{
    public void Configure(EntityTypeBuilder<RiskEntityLink> builder)
    {
        builder.ToTable("risk_entities");
        builder.HasIndex(l => new { l.RiskId, l.EntityId }).IsUnique();
        builder.HasIndex(l => l.EntityId);
        builder.HasOne<RegulatedEntity>().WithMany().HasForeignKey(l => l.EntityId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yaojian.Core.Registry.Search;

namespace Yaojian.Core.Registry.Configuration;

internal sealed class EntityNameGramConfiguration : IEntityTypeConfiguration<EntityNameGram>
{
    public void Configure(EntityTypeBuilder<EntityNameGram> builder)
    {
        builder.ToTable("entity_name_grams");

        // Read by gram; the entity id in the key makes each (gram, entity) pair once and the probes index-only.
        builder.HasKey(g => new { g.Gram, g.EntityId });
        builder.Property(g => g.Gram).HasMaxLength(NameGrams.MaxGramLength);
        builder.HasOne(g => g.Entity).WithMany().HasForeignKey(g => g.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}

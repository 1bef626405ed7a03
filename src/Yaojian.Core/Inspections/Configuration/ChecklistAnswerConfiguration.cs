using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yaojian.Core.Inspections.Configuration;

internal sealed class ChecklistAnswerConfiguration : IEntityTypeConfiguration<ChecklistAnswer>
{
    public void Configure(EntityTypeBuilder<ChecklistAnswer> builder)
    {
        builder.ToTable("checklist_answers");
        builder.HasIndex(a => new { a.InspectionId, a.ItemId }).IsUnique();
        builder.Property(a => a.ItemId).HasMaxLength(ChecklistItemRules.MaxItemId);
        builder.Property(a => a.ItemText).HasMaxLength(ChecklistItemRules.MaxText);
        builder.Property(a => a.Requirements).HasMaxLength(ChecklistItemRules.MaxRequirements);
        builder.Property(a => a.Note).HasMaxLength(1000);
        builder.Property(a => a.Heading).HasMaxLength(300);
    }
}

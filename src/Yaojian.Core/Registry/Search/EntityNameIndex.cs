using Microsoft.EntityFrameworkCore;
using Yaojian.Core.Data;

namespace Yaojian.Core.Registry.Search;

/// <summary>
/// Keeps the bigram rows of entity names in step with the names, inside every save of <see cref="YaojianDb"/>: the one
/// place that writes them, whatever use case added or renamed the entity (form, import, CLI, demo seeding).
/// Names change only through tracked entities (no bulk update writes a name); entities are never deleted, and the
/// database cascades if one ever is.
/// </summary>
internal static class EntityNameIndex
{
    /// <summary>Before a save: adds the bigrams of new entities, and replaces those a rename changes.</summary>
    public static void BeforeSave(YaojianDb db)
    {
        var tracker = db.ChangeTracker;
        tracker.DetectChanges();

        // Rows staged by an earlier, failed attempt of this save are staged again from the names as they are now.
        foreach (var staged in tracker.Entries<EntityNameGram>().ToList())
        {
            staged.State = EntityState.Detached;
        }

        foreach (var entry in tracker.Entries<RegulatedEntity>().ToList())
        {
            if (entry.State == EntityState.Added)
            {
                db.EntityNameGrams.AddRange(NameGrams.Of(entry.Entity.Name).Select(g => new EntityNameGram { Gram = g, Entity = entry.Entity }));
            }
            else if (entry.State == EntityState.Modified && entry.Property(e => e.Name) is { IsModified: true } name)
            {
                var before = NameGrams.Of(name.OriginalValue);
                var after = NameGrams.Of(name.CurrentValue);
                var id = entry.Entity.Id;
                db.EntityNameGrams.RemoveRange(before.Except(after, StringComparer.Ordinal).Select(g => new EntityNameGram { Gram = g, EntityId = id }));
                db.EntityNameGrams.AddRange(after.Except(before, StringComparer.Ordinal).Select(g => new EntityNameGram { Gram = g, EntityId = id }));
            }
        }
    }

    /// <summary>After a save: the rows are not kept in the context, so a later rename stages its own.</summary>
    public static void AfterSave(YaojianDb db)
    {
        foreach (var written in db.ChangeTracker.Entries<EntityNameGram>().ToList())
        {
            written.State = EntityState.Detached;
        }
    }
}

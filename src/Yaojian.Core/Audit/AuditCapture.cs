using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Yaojian.Core.Registry.Search;

namespace Yaojian.Core.Audit;

/// <summary>
/// Reads what a save is about to change, so that the trail can record each create, update and delete with its values
/// before and after. Secrets (password hashes, stamps) never enter the trail, nor file contents (only their length).
/// </summary>
internal static class AuditCapture
{
    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail",
    };

    /// <summary>Audited entries in a stable order, with their values before the save.</summary>
    public static List<PendingChange> Before(ChangeTracker tracker)
    {
        tracker.DetectChanges();
        var changes = new List<PendingChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditRecord or AuditHead or EntityNameGram || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var changed = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified && !Secret.Contains(p.Metadata.Name)).Select(p => p.Metadata.Name).ToList()
                : null;
            if (changed is { Count: 0 })
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Json(entry, changed, original: true);
            changes.Add(new PendingChange(entry, entry.State, changed, before));
        }

        return changes;
    }

    /// <summary>After the save: keys are known, so each change becomes a record (not yet chained).</summary>
    public static AuditRecord ToRecord(PendingChange change, DateTimeOffset at, string? actorId, string actor)
    {
        var entry = change.Entry;
        var action = change.State switch
        {
            EntityState.Added => AuditActions.Create,
            EntityState.Deleted => AuditActions.Delete,
            _ => AuditActions.Update,
        };
        return new AuditRecord
        {
            At = at,
            ActorId = actorId,
            Actor = actor,
            Action = action,
            Subject = entry.Metadata.GetTableName() ?? entry.Metadata.ClrType.Name,
            SubjectKey = Key(entry),
            Before = change.Before,
            After = change.State == EntityState.Deleted ? null : Json(entry, change.ChangedProperties, original: false),
            PreviousHash = string.Empty,
            Hash = string.Empty,
        };
    }

    private static string Key(EntityEntry entry) =>
        string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static string Json(EntityEntry entry, List<string>? only, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Secret.Contains(name) || (only is not null && !only.Contains(name) && !property.Metadata.IsPrimaryKey()))
            {
                continue;
            }

            var value = original ? property.OriginalValue : property.CurrentValue;

            // File contents are stored by their hash, which is the key the record already names: their length is enough.
            values[name] = value is byte[] bytes ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({bytes.Length} bytes)") : value;
        }

        return JsonSerializer.Serialize(values, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

using System.Text.Json;

namespace Yaojian.Web.Components.Shared;

/// <summary>Turns an audit record's before and after values into lines such as <c>CreditGrade: 2 → 3</c>.</summary>
public static class ChangeSummary
{
    private static readonly HashSet<string> Noise = new(StringComparer.Ordinal) { "Id", "CreatedAt", "UpdatedAt", "RecordedAt" };

    public static IEnumerable<string> Describe(string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        foreach (var name in old.Keys.Union(now.Keys).Where(n => !Noise.Contains(n)).Order(StringComparer.Ordinal))
        {
            var from = old.GetValueOrDefault(name);
            var to = now.GetValueOrDefault(name);
            if (from != to)
            {
                yield return $"{name}: {from ?? "—"} → {to ?? "—"}";
            }
        }
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString(),
            StringComparer.Ordinal);
    }
}

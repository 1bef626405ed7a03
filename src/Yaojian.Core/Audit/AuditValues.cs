using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using Yaojian.Core.Common;

namespace Yaojian.Core.Audit;

/// <summary>
/// The values of an audit record as a caller without the personal-data right may see them (a pure rule), masked as the
/// record itself is shown to them: an ID number keeps its first 6 and last 4 characters, a phone its first 3 and last 4
/// (<see cref="Masking"/>), codes and numbers that name no one stay, and every other text is masked by
/// <see cref="TextMasking"/> (ID numbers, phones, e-mail addresses, bank cards and names after a role word written in it).
/// </summary>
public static class AuditValues
{
    /// <summary>Public identifiers of a record, never personal: shown as stored.</summary>
    private static readonly FrozenSet<string> Identifiers =
        new[] { "Code", "Uscc", "Number", "RegistrationNumber", "DecisionNumber", "SubjectKey" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One record's values (a JSON object of field and value), masked field by field.</summary>
    public static string? Mask(string? values)
    {
        if (string.IsNullOrEmpty(values))
        {
            return values;
        }

        JsonObject? fields;
        try
        {
            fields = JsonNode.Parse(values) as JsonObject;
        }
        catch (JsonException)
        {
            fields = null;
        }

        if (fields is null)
        {
            return TextMasking.Mask(values);
        }

        foreach (var (name, value) in fields.ToList())
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var written))
            {
                fields[name] = Field(name, written);
            }
        }

        return fields.ToJsonString(Options);
    }

    /// <summary>One field's text as the caller may see it.</summary>
    public static string? Field(string name, string? value) => name switch
    {
        _ when name.EndsWith("IdNumber", StringComparison.Ordinal) => Masking.IdNumber(value),
        _ when name.EndsWith("Phone", StringComparison.Ordinal) => Masking.Phone(value),
        _ when Identifiers.Contains(name) => value,
        _ => TextMasking.Mask(value),
    };
}

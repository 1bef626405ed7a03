using System.Text.Json.Nodes;

namespace Yaojian.IntegrationTests.Api;

/// <summary>
/// Values for an OpenAPI 3.1 schema of the app's document: a plausible one, and the malformed ones a careless or hostile
/// client sends (wrong types, empty and overlong strings, huge and negative numbers, unknown enum members, nulls).
/// </summary>
internal sealed class SchemaValues(JsonObject? components, IReadOnlyDictionary<string, JsonNode> known, Random random)
{
    private const int MaxDepth = 4;

    /// <summary>The schema behind <c>$ref</c>s, and whether it was a named component of type integer (an enum).</summary>
    public (JsonObject Schema, bool IsEnum) Resolve(JsonNode? schema)
    {
        var node = schema as JsonObject ?? [];
        var isEnum = false;
        while (node["$ref"]?.GetValue<string>() is { } reference)
        {
            node = components?[reference[(reference.LastIndexOf('/') + 1)..]] as JsonObject ?? [];
            isEnum = TypeOf(node) == "integer";
        }

        return (node, isEnum);
    }

    public static string TypeOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray types when types.Any(t => t?.GetValue<string>() == "integer") => "integer",
        JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "string",
        JsonValue type => type.GetValue<string>(),
        _ when schema["properties"] is not null => "object",
        _ => "string",
    };

    /// <summary>A value the schema allows, close to what a real client sends: a known one by name, ids of the first records.</summary>
    public JsonNode? Valid(JsonNode? schema, string name, int depth = 0)
    {
        if (known.TryGetValue(name, out var value))
        {
            return value.DeepClone();
        }

        var (resolved, isEnum) = Resolve(schema);
        if (isEnum)
        {
            return JsonValue.Create(1);
        }

        return TypeOf(resolved) switch
        {
            "integer" when name.Contains("year", StringComparison.OrdinalIgnoreCase) => JsonValue.Create(2025),
            "integer" when resolved["format"]?.GetValue<string>() == "int64" => JsonValue.Create(20250315L),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            "array" when depth < MaxDepth => new JsonArray(Valid(resolved["items"], name, depth + 1)),
            "array" => new JsonArray(),
            "object" => ValidObject(resolved, depth),
            _ => JsonValue.Create(ValidText(resolved, name)),
        };
    }

    /// <summary>The malformed values worth sending for the schema, most telling first.</summary>
    public IReadOnlyList<(string What, JsonNode? Value)> Malformed(JsonNode? schema, string name)
    {
        var (resolved, isEnum) = Resolve(schema);
        if (isEnum)
        {
            return [("unknown enum member", 999), ("negative enum member", -1), ("enum as text", "no-such-member"), ("null", null)];
        }

        return TypeOf(resolved) switch
        {
            "integer" when name.Contains("year", StringComparison.OrdinalIgnoreCase) =>
                [("year 0", 0), ("year 10000", 10000), ("negative year", -1), ("year past int", "2147483648"), ("year as text", "二〇二五")],
            "integer" or "number" =>
                [("past int32", "2147483648"), ("negative", -1), ("zero", 0), ("huge", "9999999999999999999999"), ("text", "abc"), ("empty", ""), ("null", null), ("fraction", 1.5)],
            "boolean" => [("text", "maybe"), ("number", 2), ("null", null)],
            "array" => [("null", null), ("object for array", new JsonObject()), ("text for array", "x"), ("array of nulls", new JsonArray(null, null))],
            "object" => [("array for object", new JsonArray()), ("text for object", "x"), ("null", null)],
            _ => MalformedText(resolved),
        };
    }

    /// <summary>One malformed value of <see cref="Malformed"/>, drawn from the seeded random.</summary>
    public (string What, JsonNode? Value) OneMalformed(JsonNode? schema, string name)
    {
        var all = Malformed(schema, name);
        return all[random.Next(all.Count)];
    }

    /// <summary>An object whose strings are all empty and numbers all negative (an item of empty id), or all null.</summary>
    public JsonObject Hollow(JsonNode? schema, bool empty)
    {
        var (resolved, _) = Resolve(schema);
        var hollow = new JsonObject();
        foreach (var (property, propertySchema) in resolved["properties"] as JsonObject ?? [])
        {
            hollow[property] = TypeOf(Resolve(propertySchema).Schema) switch
            {
                _ when !empty => null,
                "integer" or "number" => -1,
                "string" => string.Empty,
                _ => Valid(propertySchema, property, MaxDepth),
            };
        }

        return hollow;
    }

    private static IReadOnlyList<(string, JsonNode?)> MalformedText(JsonObject schema)
    {
        var overlong = new string('药', 20_000);
        return schema["format"]?.GetValue<string>() switch
        {
            "date" => [("not a date", "2025-13-45"), ("year 0 date", "0000-01-01"), ("first day", "0001-01-01"), ("last day", "9999-12-31"), ("year 10000 date", "10000-01-01"), ("empty", ""), ("number for date", 20250301)],
            "date-time" => [("not a moment", "yesterday"), ("empty", ""), ("number for moment", 1)],
            _ => [("empty", ""), ("overlong", overlong), ("control characters", "\u0000\u0007\u202e"), ("number for text", 12345), ("null", null), ("blank", "   ")],
        };
    }

    private static string ValidText(JsonObject schema, string name) => schema["format"]?.GetValue<string>() switch
    {
        "date" => "2025-03-01",
        "date-time" => "2025-03-01T08:00:00+08:00",
        _ when schema["enum"] is JsonArray { Count: > 0 } members => members[0]!.GetValue<string>(),
        _ => "测试" + name,
    };

    private JsonObject ValidObject(JsonObject schema, int depth)
    {
        var value = new JsonObject();
        foreach (var (property, propertySchema) in schema["properties"] as JsonObject ?? [])
        {
            value[property] = depth < MaxDepth ? Valid(propertySchema, property, depth + 1) : null;
        }

        return value;
    }
}

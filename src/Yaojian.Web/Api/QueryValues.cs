using Yaojian.Core.Common;

namespace Yaojian.Web.Api;

/// <summary>Query-string values in the interchange vocabulary (<c>retail_pharmacy</c>, <c>open</c>).</summary>
internal static class QueryValues
{
    /// <summary>
    /// The value <paramref name="text"/> names, or null when none is given; when it names nothing, the Chinese reason
    /// (<paramref name="template"/> with the text and the known names) under <paramref name="name"/>.
    /// </summary>
    public static TEnum? Parse<TEnum>(string? text, string name, string template, Dictionary<string, string[]> problems)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (SnakeCaseNames<TEnum>.TryParse(text, out var value))
        {
            return value;
        }

        problems[name] = [EnumText.Format(template, text, string.Join(' ', SnakeCaseNames<TEnum>.All))];
        return null;
    }
}

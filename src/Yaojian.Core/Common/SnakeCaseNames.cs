using System.Collections.Frozen;
using System.Text;

namespace Yaojian.Core.Common;

/// <summary>
/// The stable identifiers of an enum in files and URLs (<c>RetailPharmacy</c> is <c>retail_pharmacy</c>), as the
/// glossary names them. Derived from the member names so that a new member cannot be forgotten here.
/// </summary>
public static class SnakeCaseNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> ByValue =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => ToSnakeCase(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> ByName =
        ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyCollection<string> All => ByName.Keys;

    public static string Of(TEnum value) => ByValue[value];

    public static bool TryParse(string? text, out TEnum value) =>
        ByName.TryGetValue(text?.Trim() ?? string.Empty, out value);

    private static string ToSnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}

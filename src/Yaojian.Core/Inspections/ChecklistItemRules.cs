using System.Globalization;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Inspections;

/// <summary>What a checklist item given to a new record must hold: an id and a text, within what the record keeps.</summary>
public static class ChecklistItemRules
{
    public const int MaxItemId = 150;

    public const int MaxText = 500;

    /// <summary>The requirement IDs, joined with <c>;</c>.</summary>
    public const int MaxRequirements = 200;

    /// <summary>The reasons the items cannot be asked, in Chinese, keyed by field (<c>items[0].itemId</c>); empty when they can.</summary>
    public static Dictionary<string, string[]> Problems(IReadOnlyList<ChecklistItemInput?>? items)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var (item, number) = (items![i], (i + 1).ToString(CultureInfo.InvariantCulture));
            if (item is null)
            {
                problems[$"items[{i}]"] = [Format(Text.Inspection_ItemMissing, number)];
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.ItemId) || item.ItemId.Length > MaxItemId)
            {
                problems[$"items[{i}].itemId"] = [Format(Text.Inspection_ItemIdRequired, number, MaxItemId)];
            }

            if (string.IsNullOrWhiteSpace(item.Text) || item.Text.Length > MaxText)
            {
                problems[$"items[{i}].text"] = [Format(Text.Inspection_ItemTextRequired, number, MaxText)];
            }

            if (item.Requirements is { } requirements && (requirements.Any(r => r is null) || string.Join(';', requirements).Length > MaxRequirements))
            {
                problems[$"items[{i}].requirements"] = [Format(Text.Inspection_ItemRequirementsInvalid, number, MaxRequirements)];
            }
        }

        return problems;
    }

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.CurrentCulture, template, values);
}

using System.Text.RegularExpressions;
using Yaojian.Core.Common;

namespace Yaojian.Core.Cases;

/// <summary>
/// A case's free text made fit for the public page (a pure rule): the full names of its persons masked as everywhere
/// on that page (张三丰 → 张**), and any 18-character ID number (GB 11643 form) and mobile number (11 digits from 1)
/// starred out whole, since the public page shows none. The facts and a typical-case write-up are typed by officers, who
/// write names and numbers in them; nothing else of the text changes.
/// </summary>
public static partial class PublicText
{
    public static string? Mask(string? text, IEnumerable<string?> names)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = IdNumbers().Replace(text, m => new string('*', m.Length));
        masked = Mobiles().Replace(masked, m => new string('*', m.Length));

        // Longest first, so that 张三丰 is masked whole rather than as 张三 + 丰; again until none is left, since masking
        // one occurrence can complete another (王小王 after 王小). Each pass hides at least one more character, so it ends.
        var known = names.Select(n => n?.Trim()).OfType<string>().Where(n => Hidden(n) != n).Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length).ToList();
        for (var found = true; found;)
        {
            found = false;
            foreach (var name in known.Where(n => masked.Contains(n, StringComparison.Ordinal)))
            {
                masked = masked.Replace(name, Hidden(name), StringComparison.Ordinal);
                found = true;
            }
        }

        return masked;
    }

    /// <summary>A name as the public page shows it: the family name kept (a one-character name hidden whole).</summary>
    private static string Hidden(string name) => name.Length == 1 ? "*" : Masking.PersonName(name)!;

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")]
    private static partial Regex IdNumbers();

    [GeneratedRegex(@"(?<!\d)1\d{10}(?!\d)")]
    private static partial Regex Mobiles();
}

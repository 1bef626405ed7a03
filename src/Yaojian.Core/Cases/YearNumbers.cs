using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Yaojian.Core.Cases;

/// <summary>Numbers counted per year across the bureau: 线索〔2025〕第000012号, 案〔2025〕第000003号.</summary>
internal static class YearNumbers
{
    /// <summary>
    /// The next number with <paramref name="word"/> in <paramref name="year"/>. Numbers already added to the context but
    /// not saved count too: a sheet of results opens several clues in one save.
    /// </summary>
    public static async Task<string> NextAsync(IQueryable<string> stored, IEnumerable<string> pending, string word, int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{word}〔{year}〕第");
        var saved = await stored.CountAsync(n => n.StartsWith(prefix), cancellationToken);
        var unsaved = pending.Count(n => n.StartsWith(prefix, StringComparison.Ordinal));
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{saved + unsaved + 1:D6}号");
    }
}

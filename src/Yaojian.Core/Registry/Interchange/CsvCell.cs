namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Formula injection (OWASP "CSV Injection"): a CSV value that begins with <c>= + - @</c>, tab or carriage return is
/// run as a formula when the file is opened in a spreadsheet. Every CSV Yaojian writes passes its values through
/// <see cref="Escape"/>, which puts a single quote before such a value; <see cref="Unescape"/>, applied by the reader to
/// every cell, takes it off again, so that an exported file imports back unchanged.
/// </summary>
public static class CsvCell
{
    public static string Escape(string value) => NeedsQuote(value) ? "'" + value : value;

    public static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && NeedsQuote(value.AsSpan(1)) ? value[1..] : value;

    /// <summary>
    /// Whether the value would begin a formula, or already begins with quotes before such a character (so that a value
    /// that really begins with a quote survives the round trip too).
    /// </summary>
    public static bool NeedsQuote(ReadOnlySpan<char> value)
    {
        var rest = value.TrimStart('\'');
        return rest.Length > 0 && CellText.FormulaStarts.Contains(rest[0]);
    }
}

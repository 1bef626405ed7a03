using System.Globalization;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Cli.Hosting;

/// <summary>
/// Plain lines to standard output and standard error. Results and errors are written unwrapped (not through
/// Spectre's renderer, which wraps at the console width) so that scripts can read them line by line.
/// </summary>
internal static class CliOutput
{
    public static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, template, args);

    public static void Line(string text) => Console.Out.WriteLine(text);

    public static void Error(string text) => Console.Error.WriteLine(text);

    /// <summary>The errors listed (at most <see cref="ImportErrors.MaxListed"/>), one a line, then how many more there were.</summary>
    public static void Errors(IReadOnlyList<ImportError> listed, int omitted)
    {
        foreach (var error in listed)
        {
            Error(error.ToString());
        }

        if (omitted > 0)
        {
            Error(Format(Core.Resources.Text.Error_Omitted, omitted));
        }
    }

    public static void Errors(ImportErrors errors) => Errors(errors.Listed, errors.Omitted);

    public static string Duration(TimeSpan elapsed) =>
        elapsed.TotalSeconds < 60
            ? Format(Resources.CliText.Duration_Seconds, elapsed.TotalSeconds)
            : Format(Resources.CliText.Duration_Minutes, (int)elapsed.TotalMinutes, elapsed.Seconds);
}

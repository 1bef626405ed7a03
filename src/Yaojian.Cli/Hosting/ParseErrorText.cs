using System.Text.RegularExpressions;
using Yaojian.Cli.Resources;

namespace Yaojian.Cli.Hosting;

/// <summary>
/// Says in Chinese the few command-line errors System.CommandLine's own zh-Hans translation leaves in English
/// ("Option '--seed' is required."); every other message passes through as the library wrote it.
/// </summary>
internal static partial class ParseErrorText
{
    public static string InChinese(string message)
    {
        if (RequiredOption().Match(message) is { Success: true } option)
        {
            return CliOutput.Format(CliText.Parse_RequiredOption, option.Groups[1].Value);
        }

        if (RequiredArgument().Match(message) is { Success: true } argument)
        {
            return CliOutput.Format(CliText.Parse_RequiredArgument, argument.Groups[1].Value);
        }

        if (Unrecognised().Match(message) is { Success: true } token)
        {
            return CliOutput.Format(CliText.Parse_Unrecognised, token.Groups[1].Value);
        }

        return BadValue().Match(message) is { Success: true } value
            ? CliOutput.Format(CliText.Parse_BadValue, value.Groups[1].Value, value.Groups[2].Value)
            : message;
    }

    [GeneratedRegex(@"^Option '([^']+)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Required argument missing for command: '([^']+)'\.$")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"^Unrecognized command or argument '([^']*)'\.$")]
    private static partial Regex Unrecognised();

    [GeneratedRegex(@"^Cannot parse argument '([^']*)' for option '([^']+)'")]
    private static partial Regex BadValue();
}

using System.CommandLine;
using System.Globalization;
using Yaojian.Cli.Resources;

namespace Yaojian.Cli.Hosting;

/// <summary><c>--year YYYY</c>, a year between 2000 and 2100 (the years a plan file may have).</summary>
internal static class YearOption
{
    public static Option<int> Create(string description)
    {
        var year = new Option<int>("--year") { Description = description, Required = true, HelpName = "YYYY" };
        year.Validators.Add(r =>
        {
            // A value that is no number at all is reported by the parser itself.
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, CultureInfo.InvariantCulture, out var value) && value is < 2000 or > 2100)
            {
                r.AddError(CliOutput.Format(CliText.PlanGenerate_BadYear, value));
            }
        });
        return year;
    }
}

using Yaojian.Cli.Resources;
using Yaojian.Core.Common;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;

namespace Yaojian.Cli.Hosting;

/// <summary>Checks a file argument before any database is opened, so a typo fails fast with exit code 2.</summary>
internal static class InputFiles
{
    /// <summary>The sheet format of <paramref name="path"/>, or null after telling the user why it cannot be used.</summary>
    public static SheetFormat? Format(string path, bool mustExist)
    {
        if (mustExist && !File.Exists(path))
        {
            CliOutput.Error(CliOutput.Format(CliText.Error_FileNotFound, path));
            return null;
        }

        var format = SheetFormats.FromFileName(path);
        if (format is null)
        {
            CliOutput.Error(EnumText.Format(Text.Error_UnsupportedFile, Path.GetExtension(path)));
        }

        return format;
    }
}

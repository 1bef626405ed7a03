using Yaojian.Core.Common;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Interchange;

/// <summary>Checks shared by the plan engine's input files.</summary>
internal static class PlanSheets
{
    public static List<ImportError> MissingColumns(string file, IReadOnlyList<string> header, IEnumerable<string> required)
    {
        var errors = required.Where(c => !header.Contains(c, StringComparer.Ordinal))
            .Select(c => new ImportError(file, 1, c, EnumText.Format(Text.Error_MissingColumn, c)))
            .ToList();
        return errors;
    }
}

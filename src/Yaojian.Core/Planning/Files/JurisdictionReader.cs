using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads <c>jurisdiction</c>: the county's name, its bureau, population and units (their codes are used everywhere else).</summary>
internal static class JurisdictionReader
{
    private const string Path = "jurisdiction";

    public static PlanJurisdiction Read(PlanYamlScope scope, YamlNode? node)
    {
        if (node is null)
        {
            scope.Fail(null, Path, Text.Plan_Required);
            return new PlanJurisdiction(string.Empty, null, null, []);
        }

        if (scope.Mapping(node, Path) is not { } map)
        {
            return new PlanJurisdiction(string.Empty, null, null, []);
        }

        scope.OnlyKeys(map, Path, "name", "bureau", "division_code", "population", "units");
        var name = scope.Scalar(map, "name", Path, required: true) ?? string.Empty;
        var bureau = scope.Scalar(map, "bureau", Path, required: false);
        var division = scope.Scalar(map, "division_code", Path, required: false, maxLength: 12);
        var population = scope.Integer(map, "population", Path, 1, int.MaxValue, required: false);
        var units = new List<PlanUnit>();
        var items = scope.Sequence(PlanYamlScope.Get(map, "units"), $"{Path}.units");
        if (items.Count == 0)
        {
            scope.Fail(PlanYamlScope.Get(map, "units") ?? map, $"{Path}.units", Text.Plan_NoUnits);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{Path}.units[{i}]";
            if (scope.Mapping(items[i], path) is not { } unit)
            {
                continue;
            }

            scope.OnlyKeys(unit, path, "code", "name", "kind", "territory");
            var code = scope.Scalar(unit, "code", path, required: true, maxLength: 64) ?? string.Empty;
            var unitName = scope.Scalar(unit, "name", path, required: true, maxLength: 100) ?? string.Empty;
            var kind = scope.Enum(unit, "kind", path, Parse<OrgUnitKind>, string.Join("、", SnakeCaseNames<OrgUnitKind>.All));
            if (PlanYamlScope.Get(unit, "kind") is null)
            {
                scope.Fail(unit, PlanYamlScope.Join(path, "kind"), Text.Plan_Required);
            }

            if (units.Any(u => u.Code == code))
            {
                scope.Fail(PlanYamlScope.Get(unit, "code"), PlanYamlScope.Join(path, "code"), EnumText.Format(Text.Plan_DuplicateUnit, code));
            }

            units.Add(new PlanUnit(code, unitName, kind ?? OrgUnitKind.Office, scope.TextList(unit, "territory", path)));
        }

        return new PlanJurisdiction(name, division, population, units) { Bureau = bureau };
    }

    internal static T? Parse<T>(string text)
        where T : struct, Enum => SnakeCaseNames<T>.TryParse(text, out var value) ? value : null;
}

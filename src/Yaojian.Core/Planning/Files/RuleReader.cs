using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads one entry of <c>rules</c>: selector → frequency, lead and assisting units, requirement IDs.</summary>
internal static class RuleReader
{
    public static InspectionRule Read(PlanReadContext context, YamlMappingNode map, string path)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "name", "requirements", "select", "frequency", "lead", "assist");
        var id = PlanFileReader.ReadId(context, map, path);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path);
        var select = SelectorReader.Read(scope, map, path);
        var frequency = ReadFrequency(scope, map, path);
        var lead = PlanFileReader.ReadLead(context, map, path, required: true);
        var assist = PlanFileReader.ReadUnits(context, map, "assist", path);
        return new InspectionRule(id, name, requirements, select, frequency, lead, assist);
    }

    private static Frequency ReadFrequency(PlanYamlScope scope, YamlMappingNode owner, string ownerPath)
    {
        var fallback = new PeriodicFrequency(CalendarPeriod.Year);
        var path = PlanYamlScope.Join(ownerPath, "frequency");
        var node = PlanYamlScope.Get(owner, "frequency");
        if (node is null)
        {
            scope.Fail(owner, path, Text.Plan_Required);
            return fallback;
        }

        if (scope.Mapping(node, path) is not { } map)
        {
            return fallback;
        }

        scope.OnlyKeys(map, path, "every", "every_years", "random_share", "full_coverage_years");
        var given = new[] { "every", "every_years", "random_share" }.Count(k => PlanYamlScope.Get(map, k) is not null);
        if (given != 1)
        {
            scope.Fail(map, path, Text.Plan_OneFrequency);
            return fallback;
        }

        if (PlanYamlScope.Get(map, "random_share") is null && PlanYamlScope.Get(map, "full_coverage_years") is { } stray)
        {
            scope.Fail(stray, PlanYamlScope.Join(path, "full_coverage_years"), Text.Plan_CoverageWithoutShare);
        }

        if (PlanYamlScope.Get(map, "every") is not null)
        {
            var period = scope.Enum(map, "every", path, JurisdictionReader.Parse<CalendarPeriod>, string.Join("、", SnakeCaseNames<CalendarPeriod>.All));
            return period is { } p ? new PeriodicFrequency(p) : fallback;
        }

        if (PlanYamlScope.Get(map, "every_years") is not null)
        {
            var years = scope.Integer(map, "every_years", path, 2, 10, required: true);
            return years is null ? fallback : new EveryNYearsFrequency(years.Value);
        }

        var share = scope.Share(map, "random_share", path, required: true);
        var within = scope.Integer(map, "full_coverage_years", path, 1, 10, required: true);
        if (share is not null && within is not null && share.Value * within.Value < 1m)
        {
            scope.Fail(PlanYamlScope.Get(map, "random_share"), PlanYamlScope.Join(path, "random_share"),
                EnumText.Format(Text.Plan_ShareTooSmall, $"{share.Value * 100:0.##}%", within.Value));
        }

        return share is null || within is null ? fallback : new RandomShareFrequency(share.Value, within.Value);
    }
}

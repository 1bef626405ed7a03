using YamlDotNet.RepresentationModel;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>
/// Reads <c>cases:</c>, the legal time limits of a case's steps (<c>limit: decide | publish | police_answer</c>), each
/// step at most once; only the decision's limit may be extended (<c>extend</c>), and only publication skips a decision
/// of warnings only (<c>skip_warning_only</c>).
/// </summary>
internal static class CaseLimitReader
{
    public static string LimitNames { get; } = string.Join("、", Enum.GetValues<CaseLimitKind>().Select(SnakeCaseNames<CaseLimitKind>.Of));

    public static IReadOnlyList<CaseTimeLimit> ReadAll(PlanReadContext context, YamlMappingNode root)
    {
        // Each step once, checked as each entry is read: the error names that entry's line.
        var seen = new Dictionary<CaseLimitKind, string>();
        var limits = context.List(root, "cases", (ctx, map, path) =>
        {
            var limit = Read(ctx, map, path);
            if (limit is not null && !seen.TryAdd(limit.Limit, limit.Id))
            {
                ctx.Scope.Fail(map, PlanYamlScope.Join(path, "limit"),
                    EnumText.Format(Text.Cases_PlanLimitTwice, SnakeCaseNames<CaseLimitKind>.Of(limit.Limit), seen[limit.Limit]));
            }

            return limit;
        });
        return [.. limits.OfType<CaseTimeLimit>()];
    }

    /// <returns>The limit, or null when it names no step of a case (the error is reported).</returns>
    private static CaseTimeLimit? Read(PlanReadContext context, YamlMappingNode map, string path)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "name", "requirements", "limit", "within", "extend", "basis", "skip_warning_only");
        var id = PlanFileReader.ReadId(context, map, path);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path);
        if (PlanYamlScope.Get(map, "limit") is null)
        {
            scope.Fail(map, PlanYamlScope.Join(path, "limit"), Text.Plan_Required);
        }

        var limit = scope.Enum(map, "limit", path, JurisdictionReader.Parse<CaseLimitKind>, LimitNames);
        var within = PeriodReader.Read(scope, map, "within", path, required: true) ?? LegalPeriod.Days(1);
        var extend = PeriodReader.Read(scope, map, "extend", path, required: false);
        if (extend is not null && limit is not (null or CaseLimitKind.Decide))
        {
            scope.Fail(PlanYamlScope.Get(map, "extend"), PlanYamlScope.Join(path, "extend"), Text.Cases_PlanExtendDecideOnly);
        }

        var skip = scope.Scalar(map, "skip_warning_only", path, required: false);
        if (skip is not (null or "true" or "false"))
        {
            scope.Fail(PlanYamlScope.Get(map, "skip_warning_only"), PlanYamlScope.Join(path, "skip_warning_only"), EnumText.Format(Text.Plan_UnknownValue, skip, "true、false"));
        }
        else if (skip == "true" && limit is not (null or CaseLimitKind.Publish))
        {
            scope.Fail(PlanYamlScope.Get(map, "skip_warning_only"), PlanYamlScope.Join(path, "skip_warning_only"), Text.Cases_PlanSkipWarningPublishOnly);
        }

        var basis = scope.Scalar(map, "basis", path, required: false, maxLength: 500);
        return limit is { } kind ? new CaseTimeLimit(id, name, requirements, kind, within, extend, basis, skip == "true") : null;
    }
}

using YamlDotNet.RepresentationModel;
using Yaojian.Core.Cases;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>
/// Reads <c>clues:</c>, the time limits of clues by source (KZ-D-4.5, KZ-M-2.6): each source named at most once, and at
/// most one entry without <c>sources</c> (it covers every source the others do not name).
/// </summary>
internal static class ClueLimitReader
{
    public static string SourceNames { get; } = string.Join("、", Enum.GetValues<ClueSource>().Select(SnakeCaseNames<ClueSource>.Of));

    public static IReadOnlyList<ClueTimeLimit> ReadAll(PlanReadContext context, YamlMappingNode root)
    {
        // Each source once and one entry without sources, checked as each entry is read: the error names its line.
        var named = new Dictionary<ClueSource, string>();
        var fallback = (string?)null;
        return context.List(root, "clues", (ctx, map, path) =>
        {
            var limit = Read(ctx, map, path);
            if (limit.Sources is null)
            {
                if (fallback is not null)
                {
                    ctx.Scope.Fail(map, path, EnumText.Format(Text.Cases_PlanTwoFallbackClueLimits, fallback));
                }

                fallback ??= limit.Id;
                return limit;
            }

            foreach (var source in limit.Sources)
            {
                if (!named.TryAdd(source, limit.Id))
                {
                    ctx.Scope.Fail(map, PlanYamlScope.Join(path, "sources"),
                        EnumText.Format(Text.Cases_PlanSourceTwice, SnakeCaseNames<ClueSource>.Of(source), named[source]));
                }
            }

            return limit;
        });
    }

    private static ClueTimeLimit Read(PlanReadContext context, YamlMappingNode map, string path)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, "id", "name", "requirements", "sources", "within", "extend", "basis");
        var id = PlanFileReader.ReadId(context, map, path);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path);
        var sources = PlanYamlScope.Get(map, "sources") is null
            ? null
            : scope.Enums(map, "sources", path, JurisdictionReader.Parse<ClueSource>, SourceNames);
        if (PlanYamlScope.Get(map, "sources") is YamlSequenceNode { Children.Count: 0 } empty)
        {
            scope.Fail(empty, PlanYamlScope.Join(path, "sources"), Text.Plan_Required);
        }

        var within = PeriodReader.Read(scope, map, "within", path, required: true) ?? LegalPeriod.WorkingDays(1);
        var extend = PeriodReader.Read(scope, map, "extend", path, required: false);
        var basis = scope.Scalar(map, "basis", path, required: false, maxLength: 500);
        return new ClueTimeLimit(id, name, requirements, sources, within, extend, basis);
    }
}

using YamlDotNet.RepresentationModel;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Grading;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads one entry of <c>grading</c>: which outcome (<c>when</c>), for which entities, moves the grade how.</summary>
internal static class GradingReader
{
    private static readonly string[] Moves = ["lower", "raise", "set"];

    public static string EventNames { get; } = string.Join("、", Enum.GetValues<GradingEvent>().Select(SnakeCaseNames<GradingEvent>.Of));

    public static GradingRule Read(PlanReadContext context, YamlMappingNode map, string path)
    {
        var scope = context.Scope;
        scope.OnlyKeys(map, path, ["id", "name", "requirements", "applies_to", "when", .. Moves]);
        var id = PlanFileReader.ReadId(context, map, path);
        var name = scope.Scalar(map, "name", path, required: true) ?? string.Empty;
        var requirements = PlanFileReader.ReadRequirements(context, map, path, Text.Plan_NoGradingRequirement);
        var appliesTo = SelectorReader.ReadAppliesTo(scope, map, path);
        var when = ReadWhen(scope, map, path);
        var move = ReadMove(scope, map, path, when);
        return new GradingRule(id, name, requirements, appliesTo, when, move);
    }

    private static HashSet<GradingEvent> ReadWhen(PlanYamlScope scope, YamlMappingNode map, string path)
    {
        var field = PlanYamlScope.Join(path, "when");
        var node = PlanYamlScope.Get(map, "when");
        var events = scope.Enums(map, "when", path, JurisdictionReader.Parse<GradingEvent>, EventNames);
        if (node is null or YamlSequenceNode { Children.Count: 0 })
        {
            scope.Fail(node ?? map, field, Text.Plan_Required);
        }
        else if (events.Contains(GradingEvent.CleanYear) && events.Count > 1)
        {
            scope.Fail(node, field, Text.Plan_GradingCleanYearAlone);
        }

        return events;
    }

    private static GradeMove ReadMove(PlanYamlScope scope, YamlMappingNode map, string path, IReadOnlySet<GradingEvent> when)
    {
        var fallback = GradeMove.Lower(1);
        var given = Moves.Where(k => PlanYamlScope.Get(map, k) is not null).ToList();
        if (given.Count != 1)
        {
            var extra = given.Skip(1).FirstOrDefault();
            scope.Fail(extra is null ? map : PlanYamlScope.Get(map, extra), extra is null ? path : PlanYamlScope.Join(path, extra), Text.Plan_OneGradeMove);
            return fallback;
        }

        var key = given[0];
        var cleanYear = when.Contains(GradingEvent.CleanYear);
        if (key == "raise" && !cleanYear && when.Count > 0)
        {
            scope.Fail(PlanYamlScope.Get(map, key), PlanYamlScope.Join(path, key), Text.Plan_GradingRaiseOnBadNews);
        }
        else if (key == "lower" && cleanYear)
        {
            scope.Fail(PlanYamlScope.Get(map, key), PlanYamlScope.Join(path, key), Text.Plan_GradingLowerOnCleanYear);
        }

        if (key == "set")
        {
            var grade = scope.Enum(map, key, path, JurisdictionReader.Parse<CreditGrade>, "A、B、C、D");
            return grade is { } g ? GradeMove.Set(g) : fallback;
        }

        var steps = scope.Integer(map, key, path, 1, GradeMove.MaxSteps, required: true);
        return steps is not { } n ? fallback : key == "lower" ? GradeMove.Lower(n) : GradeMove.Raise(n);
    }
}

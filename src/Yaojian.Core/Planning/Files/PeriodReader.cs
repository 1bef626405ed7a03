using YamlDotNet.RepresentationModel;
using Yaojian.Core.Cases.Limits;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning.Files;

/// <summary>Reads a legal period of the time-limit sections: <c>{ working_days: 15 }</c> or <c>{ days: 90 }</c>.</summary>
internal static class PeriodReader
{
    public static LegalPeriod? Read(PlanYamlScope scope, YamlMappingNode map, string key, string path, bool required)
    {
        var field = PlanYamlScope.Join(path, key);
        var node = PlanYamlScope.Get(map, key);
        if (node is null)
        {
            if (required)
            {
                scope.Fail(map, field, Text.Plan_Required);
            }

            return null;
        }

        if (scope.Mapping(node, field) is not { } period)
        {
            return null;
        }

        scope.OnlyKeys(period, field, "days", "working_days");
        var given = new[] { "days", "working_days" }.Where(k => PlanYamlScope.Get(period, k) is not null).ToList();
        if (given.Count != 1 && period.Children.Count == given.Count)
        {
            scope.Fail(period, field, Text.Cases_PlanOnePeriod);
            return null;
        }

        if (given.Count != 1)
        {
            return null;
        }

        var amount = scope.Integer(period, given[0], field, 1, LegalPeriod.MaxAmount, required: true);
        return amount is not { } n ? null : given[0] == "days" ? LegalPeriod.Days(n) : LegalPeriod.WorkingDays(n);
    }
}

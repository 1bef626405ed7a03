using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Risks;

/// <summary>A level is one of the plan file's levels, or none; a plan without levels takes none.</summary>
internal static class RiskLevels
{
    public static string? Check(RiskConsultationPlan plan, string? level)
    {
        if (string.IsNullOrWhiteSpace(level) || plan.LevelOf(level.Trim()) is not null)
        {
            return null;
        }

        return plan.Levels.Count == 0
            ? Text.Risks_NoLevels
            : EnumText.Format(Text.Risks_UnknownLevel, level.Trim(), string.Join("、", plan.Levels.Select(l => $"{l.Code}（{l.Name}）")));
    }
}

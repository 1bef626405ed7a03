using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Planning;

/// <summary>The county or city the plan is for: name, optional population (for per-million targets), its units.</summary>
public sealed record PlanJurisdiction(string Name, string? DivisionCode, long? Population, IReadOnlyList<PlanUnit> Units)
{
    /// <summary>The issuing bureau's full name as written in the file (喀左县市场监督管理局), when it is.</summary>
    public string? Bureau { get; init; }

    /// <summary>The bureau that heads official documents: <see cref="Bureau"/>, or <c>{Name}市场监督管理局</c>.</summary>
    public string BureauName => string.IsNullOrWhiteSpace(Bureau) ? EnumText.Format(Text.Plan_DefaultBureau, Name) : Bureau.Trim();
}

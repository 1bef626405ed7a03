using Yaojian.Core.Planning;

namespace Yaojian.Core.Tests.Planning;

/// <summary>A random plan of periodic rules over a random registry whose units all have enough inspectors, none conflicted.</summary>
public sealed record RoutineCase(PlanDefinition Plan, PlanWorld World)
{
    public PlanRequest Request => World.Request(Plan, Plan.Year);

    public override string ToString() => TestPlans.Describe(Plan) + "\n" + World;
}

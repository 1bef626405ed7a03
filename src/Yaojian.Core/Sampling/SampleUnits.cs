using Yaojian.Core.Security;

namespace Yaojian.Core.Sampling;

/// <summary>Which unit a sample belongs to: the unit that took it — the caller's own, or for a bureau-wide caller the entity's.</summary>
internal static class SampleUnits
{
    public static int For(Caller caller, int entityUnitId) =>
        caller.UnitId is { } own && !caller.Scope.AllUnits ? own : entityUnitId;
}

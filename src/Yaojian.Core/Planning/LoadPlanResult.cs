using Yaojian.Core.Planning.Files;

namespace Yaojian.Core.Planning;

/// <summary>A plan file loaded (its stored id and plan), or every reason it was refused.</summary>
public sealed record LoadPlanResult(int? PlanFileId, PlanDefinition? Plan, IReadOnlyList<PlanFileError> Errors, bool Forbidden = false)
{
    public bool Succeeded => PlanFileId is not null;
}

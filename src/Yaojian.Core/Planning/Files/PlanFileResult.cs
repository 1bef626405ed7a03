namespace Yaojian.Core.Planning.Files;

/// <summary>A plan read from a file: the plan when valid, otherwise every error found (never both).</summary>
public sealed record PlanFileResult(PlanDefinition? Plan, IReadOnlyList<PlanFileError> Errors)
{
    public bool IsValid => Plan is not null && Errors.Count == 0;
}

namespace Yaojian.Core.Planning;

/// <summary>A drawn plan (its id and size), or the reasons it could not be drawn.</summary>
public sealed record GeneratePlanResult(int? PlanId, int Visits, int Entities, IReadOnlyList<string> Errors, bool Forbidden = false)
{
    public bool Succeeded => PlanId is not null;

    public static GeneratePlanResult Refused(string error) => new(null, 0, 0, [error]);
}

namespace Yaojian.Core.Planning;

/// <summary>
/// A published draw as the public sees it (双随机、一公开): the drawn targets (not their dates), the seed and the plan file's hash
/// so anyone can check the draw — no inspectors' details, no credit grades, nothing personal.
/// </summary>
public sealed record PublicPlan(int Year, string PlanTitle, string PlanSha256, long Seed, DateTimeOffset PublishedAt, IReadOnlyList<PublicPlanRow> Rows);

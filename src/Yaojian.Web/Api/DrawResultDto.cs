namespace Yaojian.Web.Api;

/// <summary>A drawn (or published) plan: its id, visits and entities.</summary>
public sealed record DrawResultDto(int PlanId, int Visits, int Entities);

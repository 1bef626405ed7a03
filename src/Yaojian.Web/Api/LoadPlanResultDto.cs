namespace Yaojian.Web.Api;

/// <summary>A plan file loaded: its stored id, the plan's own id and year, and how many scheduling rules it has.</summary>
public sealed record LoadPlanResultDto(int PlanFileId, string PlanId, int Year, int Rules);

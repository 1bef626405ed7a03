using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>
/// One drawn target on the public list: who is to be inspected this year and under which clauses. Not when, nor how
/// often: dates published in advance would forewarn the entity, and the number of visits would tell its credit grade.
/// </summary>
public sealed record PublicPlanRow(string EntityName, EntityKind Kind, string UnitName, IReadOnlyList<string> Requirements);

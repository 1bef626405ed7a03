using Yaojian.Core.Registry;

namespace Yaojian.Core.Planning;

/// <summary>
/// Which entities a rule, milestone or campaign is about. Every field given must match (an empty field matches
/// anything); within a field any listed value matches; <see cref="Tags"/> needs any one of its tags,
/// <see cref="NotTags"/> none of them; <see cref="Any"/> needs one of its sub-selectors. Status defaults to active
/// only: lost-contact and zombie entities are left to the campaign that names them.
/// </summary>
public sealed record EntitySelector(
    IReadOnlySet<EntityKind> Kinds,
    SupervisionTags Tags,
    SupervisionTags NotTags,
    IReadOnlySet<CreditGrade> Grades,
    IReadOnlySet<DeviceTier> Tiers,
    IReadOnlySet<AreaClass> Areas,
    IReadOnlySet<EntityStatus> Statuses,
    IReadOnlyList<EntitySelector> Any)
{
    public static IReadOnlySet<EntityStatus> ActiveOnly { get; } = new HashSet<EntityStatus> { EntityStatus.Active };

    public static EntitySelector Everything { get; } = new(
        new HashSet<EntityKind>(), SupervisionTags.None, SupervisionTags.None, new HashSet<CreditGrade>(),
        new HashSet<DeviceTier>(), new HashSet<AreaClass>(), ActiveOnly, []);

    public bool Matches(PlanEntity entity) =>
        entity.CanBePlanned && (Statuses.Count == 0 || Statuses.Contains(entity.Status)) && MatchesAttributes(entity);

    private bool MatchesAttributes(PlanEntity entity) =>
        (Kinds.Count == 0 || Kinds.Contains(entity.Kind))
        && (Tags == SupervisionTags.None || (entity.Tags & Tags) != 0)
        && (entity.Tags & NotTags) == 0
        && (Grades.Count == 0 || (entity.Grade is { } grade && Grades.Contains(grade)))
        && (Tiers.Count == 0 || (entity.Tier is { } tier && Tiers.Contains(tier)))
        && (Areas.Count == 0 || Areas.Contains(entity.Area))
        && (Any.Count == 0 || MatchesAny(entity));

    // A loop, not Any(lambda): the lambda's closure would be allocated on every call, for every rule and entity.
    private bool MatchesAny(PlanEntity entity)
    {
        for (var i = 0; i < Any.Count; i++)
        {
            if (Any[i].MatchesAttributes(entity))
            {
                return true;
            }
        }

        return false;
    }
}

using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Resources;

namespace Yaojian.Web.Api;

/// <summary>The list's query string (<c>?q=&amp;kind=&amp;unit=&amp;area=&amp;grade=&amp;status=&amp;tag=&amp;page=&amp;pageSize=</c>).</summary>
public sealed record EntityQuery(
    string? Q, string? Kind, string? Unit, string? Area, string? Grade, string? Status, string? Tag, int? Page, int? PageSize)
{
    public const string NoGradeValue = "none";

    /// <summary>The filter, or the Chinese reason for each query parameter that is not understood.</summary>
    public EntityFilter ToFilter(out Dictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>();
        var filter = new EntityFilter
        {
            Search = Q,
            UnitCode = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim(),
            Kind = QueryValues.Parse<EntityKind>(Kind, "kind", Text.Error_UnknownKind, problems),
            Area = QueryValues.Parse<AreaClass>(Area, "area", Text.Error_UnknownArea, problems),
            Status = QueryValues.Parse<EntityStatus>(Status, "status", Text.Error_UnknownStatus, problems),
            Tag = ParseTag(problems),
            NoGrade = string.Equals(Grade?.Trim(), NoGradeValue, StringComparison.OrdinalIgnoreCase),
            Grade = ParseGrade(problems),
            Page = Page ?? 1,
            PageSize = PageSize ?? 20,
        };
        if (PageSize is < 1 or > EntityFilter.MaxPageSize)
        {
            problems["pageSize"] = [EnumText.Format(Yaojian.Web.Resources.UiText.Error_PageSize, EntityFilter.MaxPageSize)];
        }

        errors = problems;
        return filter;
    }

    private CreditGrade? ParseGrade(Dictionary<string, string[]> problems)
    {
        if (string.Equals(Grade?.Trim(), NoGradeValue, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!EntityRules.TryParseGrade(Grade, out var grade))
        {
            problems["grade"] = [EnumText.Format(Text.Error_BadGrade, Grade)];
        }

        return grade;
    }

    private SupervisionTags? ParseTag(Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(Tag))
        {
            return null;
        }

        var tags = SupervisionTagNames.Parse(Tag, out var unknown);
        if (unknown.Count > 0)
        {
            problems["tag"] = unknown.Select(u => EnumText.Format(Text.Error_UnknownTag, u)).ToArray();
        }

        return tags;
    }
}

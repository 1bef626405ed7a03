namespace Yaojian.Core.Inspections;

/// <summary>The answer of a use case on a record: the record as it now is, or why not.</summary>
public sealed record InspectionOutcome(InspectionDetail? Detail, bool NotFound, bool Forbidden, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Detail is not null && Errors.Count == 0;

    public static InspectionOutcome Missing { get; } = new(null, true, false, []);

    public static InspectionOutcome Refused { get; } = new(null, false, true, []);

    public static InspectionOutcome Invalid(params string[] errors) => new(null, false, false, errors);

    public static InspectionOutcome Of(InspectionDetail detail) => new(detail, false, false, []);
}

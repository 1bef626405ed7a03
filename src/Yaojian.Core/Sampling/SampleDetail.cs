using Yaojian.Core.Registry;

namespace Yaojian.Core.Sampling;

/// <summary>
/// A sample as its page and the API show it: the sampling form's content, the focus lists it counts for, the result
/// and, for a nonconforming one, the clue it opened and whether that became a case.
/// </summary>
public sealed record SampleDetail(
    int Id,
    string Number,
    string? CategoryId,
    string? CategoryName,
    int EntityId,
    string EntityName,
    EntityKind EntityKind,
    string? EntityAddress,
    int UnitId,
    string UnitName,
    int? ProductId,
    string ProductName,
    string? ApprovalNumber,
    IReadOnlyList<CodeName> ProductFlags,
    ControlClass ControlClass,
    string Batch,
    string Manufacturer,
    string? Specification,
    DateOnly SampledOn,
    bool Online,
    string? Platform,
    string? Shop,
    IReadOnlyList<CodeName> Concerns,
    IReadOnlyList<string> Samplers,
    IReadOnlyList<CodeName> Focus,
    string? Notes,
    SampleResultView? Result,
    SampleClue? Clue,
    string CreatedBy,
    DateTimeOffset CreatedAt);

using Yaojian.Core.Registry;

namespace Yaojian.Core.Sampling;

/// <summary>
/// A sample taken for testing (抽样, KZ-D-4.2): which product and batch, from whom, when, online or offline, by which
/// two officers, and — once the laboratory reports — its conclusion. It belongs to the unit that took it. A
/// nonconforming result opens a clue (<c>sample:{Id}</c>) that must become a filed case (KZ-D-3.6).
/// </summary>
public class Sample
{
    public int Id { get; set; }

    /// <summary>The sample number on the sampling form (抽样单编号): the key of the laboratory's result sheet.</summary>
    public required string Number { get; set; }

    /// <summary>The plan file's category (<c>sampling.categories[].id</c>) it is taken in; null when the plan has none.</summary>
    public string? CategoryId { get; set; }

    public int EntityId { get; set; }

    public RegulatedEntity? Entity { get; set; }

    /// <summary>The unit that took it: scope and lists go by it.</summary>
    public int UnitId { get; set; }

    /// <summary>The product of the catalogue, when it is in it.</summary>
    public int? ProductId { get; set; }

    /// <summary>The product's name: the catalogue's, or as written on the sampling form.</summary>
    public required string ProductName { get; set; }

    /// <summary>批准文号 or 注册证编号 of a product not in the catalogue, when known.</summary>
    public string? ApprovalNumber { get; set; }

    /// <summary>What a product not in the catalogue is (maternal, in-house preparation…), as the samplers say; the
    /// catalogue's own flags count for a catalogue product.</summary>
    public ProductFlags ProductFlags { get; set; }

    public required string Batch { get; set; }

    /// <summary>标示生产企业.</summary>
    public required string Manufacturer { get; set; }

    public string? Specification { get; set; }

    public DateOnly SampledOn { get; set; }

    /// <summary>Bought online (网售药品抽检, KZ-D-3.2): then <see cref="Platform"/> and <see cref="Shop"/> say where.</summary>
    public bool Online { get; set; }

    public string? Platform { get; set; }

    public string? Shop { get; set; }

    public SampleConcerns Concerns { get; set; }

    public string? Notes { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<SampleSampler> Samplers { get; set; } = [];

    /// <summary>Null until the laboratory's result is entered or imported.</summary>
    public SampleConclusion? Conclusion { get; set; }

    /// <summary>检验报告书编号.</summary>
    public string? ReportNumber { get; set; }

    public DateOnly? ReportedOn { get; set; }

    /// <summary>不合格项目, <c>；</c>-separated (e.g. 含量测定；溶出度).</summary>
    public string? FailingItems { get; set; }

    public string? Laboratory { get; set; }

    /// <summary>Where the result came from: <c>manual</c> or <c>import:{file}</c>.</summary>
    public string? ResultSource { get; set; }

    public string? ResultBy { get; set; }

    public DateTimeOffset? ResultAt { get; set; }
}

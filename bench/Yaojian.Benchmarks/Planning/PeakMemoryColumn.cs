using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Yaojian.Benchmarks.Planning;

/// <summary>
/// Shows <see cref="PeakMemory"/>'s figures in the summary: the working set with the inputs loaded, and the peak
/// working set of the iterations. Works because the benchmarks run in process.
/// </summary>
public sealed class PeakMemoryColumn(bool peak) : IColumn
{
    public static IColumn Peak { get; } = new PeakMemoryColumn(true);

    public static IColumn Inputs { get; } = new PeakMemoryColumn(false);

    public string Id => nameof(PeakMemoryColumn) + (peak ? ".Peak" : ".Inputs");

    public string ColumnName => peak ? "Peak WS" : "Inputs WS";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => peak ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Size;

    public string Legend => peak
        ? "Peak working set (VmHWM) of the process during the iterations, inputs in memory included"
        : "Working set once the inputs are loaded and the heap collected, before the first iteration";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var parameter = string.Join(",", benchmarkCase.Parameters.Items.Select(p => p.Value?.ToString() ?? string.Empty));
        return PeakMemory.Of(PeakMemory.Key(benchmarkCase.Descriptor.WorkloadMethod.Name, parameter)) is { } figures
            ? string.Create(CultureInfo.InvariantCulture, $"{(peak ? figures.Peak : figures.Inputs) / (1024.0 * 1024.0):N0} MB")
            : "?";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}

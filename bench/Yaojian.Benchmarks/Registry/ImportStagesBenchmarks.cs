using BenchmarkDotNet.Attributes;
using Yaojian.Benchmarks.Data;
using Yaojian.Core.Demo;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Benchmarks.Registry;

/// <summary>
/// The database-free stages of <c>ImportEntities</c> on the same 100,000-row files: reading each format, and checking
/// every row. What is left of <see cref="ImportEntitiesBenchmarks"/> is the writing.
/// </summary>
[Config(typeof(ImportConfig))]
[MemoryDiagnoser]
public class ImportStagesBenchmarks
{
    private byte[] _csv = [];
    private byte[] _xlsx = [];
    private IReadOnlyList<string> _header = [];
    private List<EntityRow> _rows = [];
    private Dictionary<string, int> _unitIds = [];

    [GlobalSetup]
    public void LoadFiles()
    {
        _csv = BenchFiles.LoadAsync(SheetFormat.Csv).GetAwaiter().GetResult();
        _xlsx = BenchFiles.LoadAsync(SheetFormat.Xlsx).GetAwaiter().GetResult();
        var sheet = SheetReader.Open(new MemoryStream(_csv, writable: false), SheetFormat.Csv);
        (_header, _rows) = (sheet.Header, sheet.Rows.ToList());
        _unitIds = DemoJurisdiction.Units().Select((u, i) => (u.Code, Id: i + 1)).ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
    }

    [Benchmark]
    public int ReadCsv100k() => SheetReader.Open(new MemoryStream(_csv, writable: false), SheetFormat.Csv).Rows.Count();

    [Benchmark]
    public int ReadXlsx100k() => SheetReader.Open(new MemoryStream(_xlsx, writable: false), SheetFormat.Xlsx).Rows.Count();

    [Benchmark]
    public int Check100k()
    {
        var (entities, errors) = EntityFileValidator.Validate("entities.csv", _header, _rows, _unitIds);
        return errors.Count == 0 ? entities.Count : throw new InvalidOperationException(errors[0].ToString());
    }
}

using System.IO.Compression;
using MiniExcelLibs;

namespace Yaojian.Testing;

/// <summary>Workbooks as people leave them: here, a template whose first sheet (old data, lists) is hidden.</summary>
public static class Workbooks
{
    /// <summary>Two sheets of the given rows, <c>old</c> first and hidden, then <c>new</c>, visible.</summary>
    public static byte[] HiddenFirstSheet(IEnumerable<IDictionary<string, object?>> hidden, IEnumerable<IDictionary<string, object?>> visible)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new Dictionary<string, object> { ["old"] = hidden.ToList(), ["new"] = visible.ToList() });
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/workbook.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            var old = xml.IndexOf("name=\"old\"", StringComparison.Ordinal);
            var state = xml.IndexOf("state=\"visible\"", old, StringComparison.Ordinal);
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write(string.Concat(xml.AsSpan(0, state), "state=\"hidden\"", xml.AsSpan(state + "state=\"visible\"".Length)));
        }

        return stream.ToArray();
    }
}

using System.Text;

namespace Yaojian.Cli.Tests.Infrastructure;

/// <summary>Writes the three input files of <c>plan generate</c> as a user's tools would: UTF-8 CSV, header first.</summary>
public static class RegistryFiles
{
    public static readonly string EntityHeader = "code,name,uscc,kind,unit,area,credit_grade,device_tier,status,tags";

    public static string WriteEntities(string path, IEnumerable<TestEntity> entities) =>
        Write(path, EntityHeader, entities.Select(e => $"{e.Code},{e.Name},,{e.Kind},{e.Unit},{e.Area},{e.Grade},{e.Tier},{e.Status},{e.Tags}"));

    public static string WriteInspectors(string path, IEnumerable<TestInspector> inspectors) =>
        Write(path, "code,name,unit,conflicts", inspectors.Select(i => $"{i.Code},{i.Name},{i.Unit},{string.Join(';', i.Conflicts)}"));

    public static string WriteHistory(string path, IEnumerable<PastVisit> history) =>
        Write(path, "entity_code,date", history.Select(h => $"{h.EntityCode},{h.Date}"));

    private static string Write(string path, string header, IEnumerable<string> rows)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            text.Append(row).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }
}

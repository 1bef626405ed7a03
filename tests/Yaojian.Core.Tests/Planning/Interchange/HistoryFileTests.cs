using System.Text;
using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Interchange;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Tests.Planning.Interchange;

/// <summary>The history file read in two steps (<see cref="HistoryFile.Parse"/>, then <see cref="HistoryFile.Check"/>
/// once the registry is known) gives what reading it at once does.</summary>
public sealed class HistoryFileTests
{
    private const string File = "history.csv";
    private static readonly HashSet<string> Codes = new(["A1", "A2"], StringComparer.Ordinal);

    [Fact]
    public void Check_GoodRows_GivesEveryInspection()
    {
        var (history, errors) = HistoryFile.Check(Parse("entity_code,date\nA1,2024-05-20\n A2 , 2023-01-31 \n"), Codes);

        Assert.Empty(errors);
        Assert.Equal([new PastInspection("A1", new(2024, 5, 20)), new PastInspection("A2", new(2023, 1, 31))], history);
    }

    [Fact]
    public void Check_BadRows_NamesEachErrorByRowThenColumn()
    {
        var (history, errors) = HistoryFile.Check(Parse("entity_code,date\nX9,2024-02-30\nA1,2024-01-01\nA2,01/02/2024\nX8,2024-03-01\n"), Codes);

        Assert.Equal([new PastInspection("A1", new(2024, 1, 1))], history);
        Assert.Equal([(2, "entity_code"), (2, "date"), (4, "date"), (5, "entity_code")], errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("2024-02-30", errors[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingColumn_RefusesTheFileAtTheHeader()
    {
        var (history, errors) = HistoryFile.Check(Parse("entity_code\nA1\n"), Codes);

        Assert.Empty(history);
        Assert.Equal((1, "date"), (Assert.Single(errors).Row, errors[0].Column));
    }

    [Fact]
    public void Read_IsParseThenCheck()
    {
        const string text = "entity_code,date\nX9,2024-02-30\nA1,2024-01-01\n";
        var sheet = Open(text);

        var (history, errors) = HistoryFile.Read(File, sheet.Header, sheet.Rows, Codes);
        var (checkedHistory, checkedErrors) = HistoryFile.Check(Parse(text), Codes);

        Assert.Equal(checkedHistory, history);
        Assert.Equal(checkedErrors, errors);
    }

    private static HistoryRows Parse(string text)
    {
        var sheet = Open(text);
        return HistoryFile.Parse(File, sheet.Header, sheet.Rows);
    }

    private static SheetStream Open(string text) =>
        SheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), SheetFormat.Csv);
}

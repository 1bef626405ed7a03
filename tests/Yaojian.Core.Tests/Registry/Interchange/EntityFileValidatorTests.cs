using Yaojian.Core.Registry.Interchange;
using Yaojian.Testing;

namespace Yaojian.Core.Tests.Registry.Interchange;

public sealed class EntityFileValidatorTests
{
    private const string File = "监管对象.csv";

    [Fact]
    public void Validate_GoodFile_ParsesEveryRow()
    {
        var rows = TestEntities.Generate(60);
        var (entities, errors) = Validate(rows);

        Assert.Empty(errors);
        Assert.Equal(rows.Select(r => r.Code), entities.Select(e => e.Code));
        Assert.Equal(Enumerable.Range(2, 60), entities.Select(e => e.RowNumber));
    }

    [Fact]
    public void Validate_DuplicateCode_FailsTheLaterRowNamingTheFirst()
    {
        var rows = TestEntities.Generate(5).ToList();
        rows[3] = rows[3] with { Code = rows[1].Code };
        var (_, errors) = Validate(rows);

        var error = Assert.Single(errors);
        Assert.Equal((File, 5, EntityColumns.Code), (error.File, error.Row, error.Column));
        Assert.Contains(rows[1].Code, error.Reason, StringComparison.Ordinal);
        Assert.Contains("第3行", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EntityColumns.Code)]
    [InlineData(EntityColumns.Kind)]
    [InlineData(EntityColumns.Unit)]
    [InlineData(EntityColumns.CreditGrade)]
    [InlineData(EntityColumns.Tags)]
    public void Validate_MissingRequiredColumn_FailsOnTheHeaderRow(string column)
    {
        var columns = EntityColumns.Required.Where(c => c != column).ToList();
        var rows = TestEntities.Generate(3).Select((r, i) => r.ToEntityRow(i + 2, columns));
        var (entities, errors) = EntityFileValidator.Validate(File, columns, rows, TestUnits.Ids);

        Assert.Empty(entities);
        var error = Assert.Single(errors);
        Assert.Equal((File, 1, column), (error.File, error.Row, error.Column));
        Assert.Contains(column, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OnlyRequiredColumns_IsAccepted()
    {
        var rows = TestEntities.Generate(3);
        var (entities, errors) = EntityFileValidator.Validate(
            File, EntityColumns.Required, rows.Select((r, i) => r.ToEntityRow(i + 2, EntityColumns.Required)), TestUnits.Ids);

        Assert.Empty(errors);
        Assert.Equal(3, entities.Count);
        Assert.All(entities, e => Assert.Null(e.Address));
    }

    [Fact]
    public void Validate_NoDataRows_FailsTheWholeFile()
    {
        var (_, errors) = Validate([]);
        var error = Assert.Single(errors);
        Assert.Equal((0, string.Empty), (error.Row, error.Column));
    }

    [Fact]
    public void Validate_ManyBadRows_ReportsEveryErrorInRowThenColumnOrder()
    {
        var rows = TestEntities.Generate(8).ToList();
        rows[6] = rows[6] with { CreditGrade = "E", Kind = "drugstore" };
        rows[1] = rows[1] with { Unit = "nowhere" };
        rows[4] = rows[4] with { Code = rows[0].Code };
        rows[2] = rows[2] with { Uscc = TestUscc.WithWrongCheckCharacter(TestUscc.Real[0]) };
        var (entities, errors) = Validate(rows);

        Assert.Equal(
            [(3, EntityColumns.Unit), (4, EntityColumns.Uscc), (6, EntityColumns.Code), (8, EntityColumns.Kind), (8, EntityColumns.CreditGrade)],
            errors.Select(e => (e.Row, e.Column)));
        Assert.All(errors, e => Assert.Equal(File, e.File));
    }

    [Fact]
    public void Validate_CodesThatOnlyLookAlike_AreRefusedAsRepeats()
    {
        var rows = TestEntities.Generate(4).ToList();
        rows[1] = rows[1] with { Code = rows[0].Code.ToLowerInvariant() };
        rows[2] = rows[2] with { Code = string.Concat(rows[0].Code.Select(c => (char)(c + 0xFEE0))) };
        rows[3] = rows[3] with { Code = rows[0].Code.Insert(2, "\u200B") };
        var (entities, errors) = Validate(rows);

        Assert.Empty(entities);
        Assert.Equal([3, 4, 5, 5], errors.Select(e => e.Row));
        Assert.All(errors, e => Assert.Equal(EntityColumns.Code, e.Column));
        Assert.All(errors.Take(3), e => Assert.Contains(rows[0].Code, e.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CodeOrCreditCodeLikeAStoredOnesOfAnotherEntity_IsRefused()
    {
        var rows = TestEntities.Generate(3).Select(r => r with { Uscc = TestUscc.Real[0] == r.Uscc ? TestUscc.Real[1] : r.Uscc }).ToList();
        rows[0] = rows[0] with { Code = "kz0000001" };
        rows[1] = rows[1] with { Uscc = TestUscc.Real[0] };
        var stored = StoredKeys.Of([("KZ0000001", null), ("KZ0000002", TestUscc.Real[0]), (rows[2].Code, rows[2].Uscc)]);

        var (_, errors) = EntityFileValidator.Validate(
            new SheetStream(File, EntityColumns.All, rows.Select((r, i) => r.ToEntityRow(i + 2)), EntityFileValidator.NewErrors()),
            TestUnits.Ids, e => e, stored);

        Assert.Equal([(2, EntityColumns.Code), (3, EntityColumns.Uscc)], errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("KZ0000001", errors[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ACreditCodeMovedFromOneEntityToAnotherInTheSameFile_IsAccepted()
    {
        var rows = TestEntities.Generate(2).ToList();
        rows[0] = rows[0] with { Uscc = TestUscc.Real[0] };
        rows[1] = rows[1] with { Uscc = TestUscc.Real[1] };
        var stored = StoredKeys.Of([(rows[0].Code, TestUscc.Real[1]), (rows[1].Code, TestUscc.Real[0])]);

        var (entities, errors) = EntityFileValidator.Validate(
            new SheetStream(File, EntityColumns.All, rows.Select((r, i) => r.ToEntityRow(i + 2)), EntityFileValidator.NewErrors()),
            TestUnits.Ids, e => e, stored);

        Assert.Empty(errors);
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void Validate_ACreditCodeRepeatedInTheFile_IsRefusedOnTheSecondRow()
    {
        var rows = TestEntities.Generate(3).ToList();
        rows[2] = rows[2] with { Uscc = TestUscc.Real[2] };
        rows[0] = rows[0] with { Uscc = TestUscc.Real[2] };
        var (_, errors) = Validate(rows);

        var error = Assert.Single(errors);
        Assert.Equal((4, EntityColumns.Uscc), (error.Row, error.Column));
        Assert.Contains("第2行", error.Reason, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(TextArbitraries)])]
    public bool Validate_AnyTwoCodesEqualUnderTheNormalisation_AreFlagged(CodeVariant variant)
    {
        var rows = TestEntities.Generate(2).ToList();
        List<EntityFileRow> file = [rows[0] with { Code = variant.Code }, rows[1] with { Code = variant.LooksTheSame }];
        var (_, inFile) = Validate(file);
        var (_, againstStored) = EntityFileValidator.Validate(
            new SheetStream(File, EntityColumns.All, [(rows[1] with { Code = variant.LooksTheSame }).ToEntityRow(2)], EntityFileValidator.NewErrors()),
            TestUnits.Ids, e => e, StoredKeys.Of([(variant.Code, null)]));

        return inFile.Any(e => (e.Row, e.Column) == (3, EntityColumns.Code))
            && (variant.Code == variant.LooksTheSame || againstStored.Any(e => (e.Row, e.Column) == (2, EntityColumns.Code)));
    }

    private static (IReadOnlyList<ParsedEntity> Entities, IReadOnlyList<ImportError> Errors) Validate(IReadOnlyList<EntityFileRow> rows) =>
        EntityFileValidator.Validate(File, EntityColumns.All, rows.Select((r, i) => r.ToEntityRow(i + 2)), TestUnits.Ids);
}

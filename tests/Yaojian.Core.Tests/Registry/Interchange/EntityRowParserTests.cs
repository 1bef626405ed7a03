using Yaojian.Core.Common;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;
using Yaojian.Testing;

namespace Yaojian.Core.Tests.Registry.Interchange;

public sealed class EntityRowParserTests
{
    private const string File = "entities.csv";

    private static readonly EntityFileRow Good = new()
    {
        Code = "KZ0000001",
        Name = "喀左县仁和大药房",
        Uscc = "91350100M000100Y43",
        Kind = "retail_pharmacy",
        Unit = TestUnits.DachengziStation,
        Area = "urban",
        CreditGrade = "b",
        DeviceTier = string.Empty,
        Status = "lost_contact",
        Tags = "cold_chain;public",
        Township = "大城子街道",
        Address = "喀左县大城子街道利州路1号",
        LegalRepresentative = "张伟",
    };

    [Fact]
    public void Parse_GoodRow_ReturnsTheEntity()
    {
        var errors = new ImportErrors();
        var entity = EntityRowParser.Parse(File, Good.ToEntityRow(7), TestUnits.Ids, errors);

        Assert.Empty(errors);
        Assert.Equal(
            new ParsedEntity(7, "KZ0000001", "喀左县仁和大药房", "91350100M000100Y43", EntityKind.RetailPharmacy,
                TestUnits.Ids[TestUnits.DachengziStation], AreaClass.Urban, CreditGrade.B, null, EntityStatus.LostContact,
                SupervisionTags.ColdChain | SupervisionTags.Public, "大城子街道", "喀左县大城子街道利州路1号", "张伟"),
            entity);
    }

    [Fact]
    public void Parse_DeviceOperatorWithTier_ReturnsTheTier()
    {
        var errors = new ImportErrors();
        var entity = EntityRowParser.Parse(File, (Good with { Kind = "device_operator", DeviceTier = "2.0" }).ToEntityRow(2), TestUnits.Ids, errors);
        Assert.Empty(errors);
        Assert.Equal(DeviceTier.Level2, entity!.DeviceTier);
    }

    [Fact]
    public void Parse_BlankOptionalFields_AreDefaults()
    {
        var errors = new ImportErrors();
        var row = Good with { Uscc = string.Empty, CreditGrade = string.Empty, Status = string.Empty, Tags = string.Empty };
        var entity = EntityRowParser.Parse(File, row.ToEntityRow(2, EntityColumns.Required), TestUnits.Ids, errors);

        Assert.Empty(errors);
        Assert.Null(entity!.Uscc);
        Assert.Null(entity.CreditGrade);
        Assert.Equal(EntityStatus.Active, entity.Status);
        Assert.Equal(SupervisionTags.None, entity.Tags);
        Assert.Null(entity.Township);
    }

    [Fact]
    public void Parse_LowerCaseUscc_IsReadUpperCase()
    {
        var errors = new ImportErrors();
        var entity = EntityRowParser.Parse(File, (Good with { Uscc = "9144030071526726xg" }).ToEntityRow(2), TestUnits.Ids, errors);
        Assert.Empty(errors);
        Assert.Equal("9144030071526726XG", entity!.Uscc);
    }

    [Theory]
    [InlineData(EntityColumns.Kind, "pharmacy")]
    [InlineData(EntityColumns.Kind, "")]
    [InlineData(EntityColumns.Uscc, "91350100M000100Y44")]
    [InlineData(EntityColumns.Uscc, "91350100M000100Y4")]
    [InlineData(EntityColumns.Uscc, "91350100M0001O0Y43")]
    [InlineData(EntityColumns.Unit, "nowhere-station")]
    [InlineData(EntityColumns.Unit, "")]
    [InlineData(EntityColumns.CreditGrade, "E")]
    [InlineData(EntityColumns.CreditGrade, "AA")]
    [InlineData(EntityColumns.CreditGrade, "1")]
    [InlineData(EntityColumns.DeviceTier, "3")]
    [InlineData(EntityColumns.Area, "suburb")]
    [InlineData(EntityColumns.Status, "open")]
    [InlineData(EntityColumns.Tags, "cold_chain;hot_chain")]
    [InlineData(EntityColumns.Code, "")]
    [InlineData(EntityColumns.Name, " ")]
    public void Parse_OneBadField_FailsWithOneErrorNamingRowAndColumn(string column, string value)
    {
        var errors = new ImportErrors();
        var entity = EntityRowParser.Parse(File, WithCell(Good.ToEntityRow(5), column, value), TestUnits.Ids, errors);

        Assert.Null(entity);
        var error = Assert.Single(errors);
        Assert.Equal((File, 5, column), (error.File, error.Row, error.Column));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Reason);
    }

    [Fact]
    public void Parse_BadCheckCharacter_SaysSo()
    {
        var errors = new ImportErrors();
        EntityRowParser.Parse(File, (Good with { Uscc = TestUscc.WithWrongCheckCharacter(Good.Uscc) }).ToEntityRow(3), TestUnits.Ids, errors);
        Assert.Equal(EnumText.Of(UsccCheck.BadCheckCharacter), Assert.Single(errors).Reason);
    }

    [Fact]
    public void Parse_UnknownKind_ListsTheKnownKinds()
    {
        var errors = new ImportErrors();
        EntityRowParser.Parse(File, (Good with { Kind = "pharmacy" }).ToEntityRow(3), TestUnits.Ids, errors);
        var reason = Assert.Single(errors).Reason;
        Assert.Contains("pharmacy", reason, StringComparison.Ordinal);
        Assert.Contains("retail_pharmacy", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TierOnANonDeviceKind_FailsOnTheTierColumn()
    {
        var errors = new ImportErrors();
        var entity = EntityRowParser.Parse(File, (Good with { DeviceTier = "1" }).ToEntityRow(4), TestUnits.Ids, errors);

        Assert.Null(entity);
        var error = Assert.Single(errors);
        Assert.Equal((4, EntityColumns.DeviceTier), (error.Row, error.Column));
    }

    [Fact]
    public void Parse_SeveralBadFields_ReportsEveryOne()
    {
        var errors = new ImportErrors();
        var row = Good with { Kind = "x", Uscc = "123", Unit = "y", CreditGrade = "Z", Tags = "w" };
        EntityRowParser.Parse(File, row.ToEntityRow(9), TestUnits.Ids, errors);

        Assert.Equal(
            [EntityColumns.Uscc, EntityColumns.Kind, EntityColumns.Unit, EntityColumns.CreditGrade, EntityColumns.Tags],
            errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.Equal(9, e.Row));
    }

    [Theory]
    [InlineData(EntityColumns.Address, EntityRules.AddressMaxLength)]
    [InlineData(EntityColumns.Township, EntityRules.TownshipMaxLength)]
    [InlineData(EntityColumns.LegalRepresentative, EntityRules.PersonNameMaxLength)]
    public void Parse_OptionalTextOverItsColumnsLimit_FailsOnThatColumn(string column, int limit)
    {
        var fits = new ImportErrors();
        EntityRowParser.Parse(File, WithCell(Good.ToEntityRow(2), column, new string('路', limit)), TestUnits.Ids, fits);
        var errors = new ImportErrors();
        EntityRowParser.Parse(File, WithCell(Good.ToEntityRow(2), column, new string('路', limit + 1)), TestUnits.Ids, errors);

        Assert.Empty(fits);
        Assert.Equal(column, Assert.Single(errors).Column);
    }

    private static EntityRow WithCell(EntityRow row, string column, string value) =>
        row with { Cells = new Dictionary<string, string>(row.Cells, StringComparer.Ordinal) { [column] = value } };
}

using System.Text;
using Yaojian.Core.Registry;
using Yaojian.Core.Registry.Interchange;

namespace Yaojian.Core.Tests.Registry.Interchange;

public sealed class UnitFileValidatorTests
{
    private const string File = "units.csv";

    [Fact]
    public void Validate_GoodFile_GivesEveryUnitWithItsKindAndTerritory()
    {
        var (units, errors) = UnitFileValidator.Validate(Read("code,name,kind,territory\nzx-station,中心所,station,城关镇、东城街道\ndrug-section,药品监管科,section,\n"));

        Assert.Empty(errors);
        Assert.Equal(
            [("zx-station", "中心所", OrgUnitKind.Station, "城关镇、东城街道"), ("drug-section", "药品监管科", OrgUnitKind.Section, "")],
            units.Select(u => (u.Code, u.Name, u.Kind, u.Territory)));
    }

    [Fact]
    public void Validate_BadRows_NamesEveryErrorByRowAndColumn()
    {
        var (units, errors) = UnitFileValidator.Validate(Read("code,name,kind\nx,,bureau\nx,名,office\n"));

        Assert.Empty(units);
        Assert.Equal(
            [(2, UnitColumns.Name), (2, UnitColumns.Kind), (3, UnitColumns.Code)],
            errors.Select(e => (e.Row, e.Column)));
        Assert.All(errors, e => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", e.Reason));
    }

    [Fact]
    public void Validate_MissingKindColumn_RefusesTheFileAtTheHeader()
    {
        var (_, errors) = UnitFileValidator.Validate(Read("code,name\na,b\n"));

        Assert.Equal((1, UnitColumns.Kind), (Assert.Single(errors).Row, errors[0].Column));
    }

    private static SheetStream Read(string csv) =>
        SheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SheetFormat.Csv, File);
}

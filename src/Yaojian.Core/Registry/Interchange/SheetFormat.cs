namespace Yaojian.Core.Registry.Interchange;

public enum SheetFormat
{
    Csv = 1,
    Xlsx = 2,
}

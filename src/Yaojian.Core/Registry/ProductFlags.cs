namespace Yaojian.Core.Registry;

[Flags]
public enum ProductFlags
{
    None = 0,
    HighValueInsured = 1 << 0,
    Vbp = 1 << 1,
    Biologic = 1 << 2,
    BloodProduct = 1 << 3,
    Vaccine = 1 << 4,
    TcmInjection = 1 << 5,
    Paediatric = 1 << 6,
}

namespace Yaojian.Core.Registry;

/// <summary>What a product of the catalogue is, for the plans' focus lists (KZ-D-2.1, KZ-D-4.2, KZ-D-4.3).</summary>
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

    /// <summary>孕产妇用药: a focus of sampling (KZ-D-4.2).</summary>
    Maternal = 1 << 7,

    /// <summary>医疗机构制剂, made by a hospital for its own patients: a focus of sampling (KZ-D-4.2).</summary>
    InHousePreparation = 1 << 8,
}

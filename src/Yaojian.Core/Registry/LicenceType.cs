namespace Yaojian.Core.Registry;

public enum LicenceType
{
    /// <summary>药品经营许可证 (retail or wholesale).</summary>
    DrugBusiness = 1,

    /// <summary>药品生产许可证.</summary>
    DrugManufacturing = 2,

    /// <summary>医疗机构执业许可证.</summary>
    MedicalInstitution = 3,

    /// <summary>第三类医疗器械经营许可证.</summary>
    DeviceBusinessClass3 = 4,

    /// <summary>第二类医疗器械经营备案凭证.</summary>
    DeviceFilingClass2 = 5,

    /// <summary>互联网药品信息服务资格证书.</summary>
    InternetDrugInformation = 6,

    /// <summary>药品网络销售备案.</summary>
    OnlineSalesFiling = 7,

    /// <summary>麻醉药品、第一类精神药品购用印鉴卡 and similar special-drug qualifications.</summary>
    SpecialDrugQualification = 8,

    /// <summary>营业执照.</summary>
    BusinessLicence = 9,
}

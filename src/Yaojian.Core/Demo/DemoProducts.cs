using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>
/// A small product catalogue for the demo county: the special drugs and focus products the plans name (KZ-D-2.1,
/// KZ-D-4.2), including those newly controlled since 2023 and a hospital's in-house preparation. Approval numbers are invented.
/// </summary>
public static class DemoProducts
{
    private static readonly DateOnly NewlyControlled = new(2024, 7, 1);

    public static IReadOnlyList<Product> All() =>
    [
        new() { ApprovalNumber = "国药准字H00000001", Name = "氢溴酸右美沙芬片", ControlClass = ControlClass.Psychotropic2, FirstControlledOn = NewlyControlled },
        new() { ApprovalNumber = "国药准字H00000002", Name = "右佐匹克隆片", ControlClass = ControlClass.Psychotropic2, FirstControlledOn = NewlyControlled },
        new() { ApprovalNumber = "国药准字H00000003", Name = "复方地芬诺酯片", ControlClass = ControlClass.Psychotropic2, FirstControlledOn = NewlyControlled },
        new() { ApprovalNumber = "国药准字H00000004", Name = "枸橼酸芬太尼注射液", ControlClass = ControlClass.Narcotic },
        new() { ApprovalNumber = "国药准字H00000005", Name = "盐酸曲马多片", ControlClass = ControlClass.Psychotropic2 },
        new() { ApprovalNumber = "国药准字H00000006", Name = "地西泮片", ControlClass = ControlClass.Psychotropic2 },
        new() { ApprovalNumber = "国药准字H00000007", Name = "盐酸麻黄碱注射液", ControlClass = ControlClass.Precursor },
        new() { ApprovalNumber = "国药准字H00000008", Name = "复方甘草片", ControlClass = ControlClass.SpecialCompound },
        new() { ApprovalNumber = "国药准字H00000009", Name = "复方磷酸可待因口服溶液", ControlClass = ControlClass.SpecialCompound },
        new() { ApprovalNumber = "国药准字H00000010", Name = "苯丙酸诺龙注射液", ControlClass = ControlClass.StimulantContaining },
        new() { ApprovalNumber = "国药准字S00000011", Name = "注射用A型肉毒毒素", Flags = ProductFlags.Biologic | ProductFlags.HighValueInsured },
        new() { ApprovalNumber = "国药准字S00000012", Name = "人血白蛋白", Flags = ProductFlags.BloodProduct | ProductFlags.Biologic | ProductFlags.HighValueInsured },
        new() { ApprovalNumber = "国药准字S00000013", Name = "重组乙型肝炎疫苗（酿酒酵母）", Flags = ProductFlags.Vaccine | ProductFlags.Biologic },
        new() { ApprovalNumber = "国药准字H00000014", Name = "阿托伐他汀钙片", Flags = ProductFlags.Vbp },
        new() { ApprovalNumber = "国药准字Z00000015", Name = "注射用血塞通（冻干）", Flags = ProductFlags.TcmInjection | ProductFlags.Vbp },
        new() { ApprovalNumber = "国药准字H00000016", Name = "小儿氨酚黄那敏颗粒", Flags = ProductFlags.Paediatric },
        new() { ApprovalNumber = "国药准字H00000017", Name = "叶酸片（0.4mg）", Flags = ProductFlags.Maternal },
        new() { ApprovalNumber = "辽药制字Z00000018", Name = "复方黄芩清热合剂", Flags = ProductFlags.InHousePreparation },
    ];
}

using Bogus;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>Names as a county's registry writes them: 字号, place and kind, e.g. 喀左县公营子镇康宁大药房.</summary>
internal static class DemoNames
{
    private static readonly string[] TradeNames =
    [
        "康宁", "仁和", "百姓", "济民", "益康", "同仁", "福瑞", "惠民", "德仁", "鑫源", "春晖", "安康", "永安", "华康",
        "众康", "天和", "博爱", "广济", "万春", "恒生", "瑞丰", "金泰", "宏达", "利民", "长青", "嘉禾", "百草", "杏林",
        "寿康", "本草", "国泰", "和谐", "顺天", "宝元", "佳康", "龙城", "红山", "燕都", "大凌河", "利州",
    ];

    public static string For(EntityKind kind, Faker faker, string township, string chainTrade)
    {
        var trade = faker.PickRandom(TradeNames);
        var county = DemoJurisdiction.CountyName;
        return kind switch
        {
            EntityKind.RetailPharmacy => $"{county}{township}{trade}{faker.PickRandom("大药房", "药店", "药房")}",
            EntityKind.ChainHq => $"{county}{trade}医药连锁有限公司",
            EntityKind.ChainStore => $"{chainTrade}医药连锁{township}{faker.Random.Int(1, 30)}店",
            EntityKind.FranchiseStore => $"{chainTrade}大药房（{township}加盟店）",
            EntityKind.Wholesaler => $"朝阳{trade}医药有限公司",
            EntityKind.Manufacturer => $"{county}{trade}{faker.PickRandom("药业有限公司", "制药有限公司", "中药饮片厂")}",
            EntityKind.Hospital => $"{county}{trade}{faker.PickRandom("医院", "中医医院", "眼科医院", "骨科医院")}",
            EntityKind.TownshipHealthCenter => $"{county}{township}{faker.PickRandom("卫生院", "中心卫生院")}",
            EntityKind.CommunityHealthCenter => $"{county}{township}{trade}社区卫生服务中心",
            EntityKind.Clinic => $"{county}{township}{Person(faker)}诊所",
            EntityKind.AestheticsInstitution => $"{county}{trade}医疗美容诊所",
            EntityKind.DentalClinic => $"{county}{trade}口腔诊所",
            EntityKind.Cdc => $"{county}疾病预防控制中心",
            EntityKind.VaccinationUnit => $"{county}{township}{faker.PickRandom("卫生院预防接种门诊", "临时接种点", "村卫生室接种点")}",
            EntityKind.VaccineDistributor => $"辽宁{trade}医药物流有限公司",
            EntityKind.OnlineSeller => $"{county}{trade}网上药店有限公司",
            EntityKind.InternetInfoService => $"{county}{trade}医药信息科技有限公司",
            EntityKind.TcmPiecesOperator => $"{county}{trade}{faker.PickRandom("国医馆", "中药饮片经营部", "中医诊所")}",
            EntityKind.DeviceOperator => $"{county}{township}{trade}{faker.PickRandom("医疗器械经营部", "医疗器械有限公司", "康复器材店", "眼镜店")}",
        };
    }

    public static string TradeName(Faker faker) => faker.PickRandom(TradeNames);

    /// <summary>A person's name in Chinese order, family name first and no space (Bogus writes it the Western way).</summary>
    public static string Person(Faker faker) => faker.Name.LastName() + faker.Name.FirstName();
}

using Yaojian.Core.Registry;

namespace Yaojian.Benchmarks.Planning;

/// <summary>Names and addresses of the city's entities and inspectors: plausible lengths, cheap to make.</summary>
public static class CityNames
{
    public const string City = "云州市";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];

    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强"];

    private static readonly string[] Trades = ["仁和", "同仁", "百草", "康宁", "益民", "济世", "惠民", "安康", "德仁", "福寿", "万家", "天济", "博爱", "瑞康", "永春", "华康"];

    private static readonly string[] Streets = ["人民路", "解放路", "建设路", "新华街", "文化路", "中山路", "和平街", "胜利路", "长江路", "黄河路"];

    public static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];

    public static string Entity(EntityKind kind, string place, Random random)
    {
        var trade = Trades[random.Next(Trades.Length)];
        return kind switch
        {
            EntityKind.RetailPharmacy => $"{City}{place}{trade}大药房",
            EntityKind.ChainHq => $"{City}{trade}大药房连锁有限公司",
            EntityKind.ChainStore => $"{City}{trade}大药房连锁有限公司{place}店",
            EntityKind.FranchiseStore => $"{City}{trade}医药{place}加盟店",
            EntityKind.Wholesaler => $"{City}{trade}医药有限公司",
            EntityKind.Manufacturer => $"{City}{trade}制药有限公司",
            EntityKind.Hospital => $"{City}{place}{trade}医院",
            EntityKind.TownshipHealthCenter => $"{City}{place}卫生院",
            EntityKind.CommunityHealthCenter => $"{City}{place}社区卫生服务中心",
            EntityKind.Clinic => $"{City}{place}{Person(random)}诊所",
            EntityKind.AestheticsInstitution => $"{City}{trade}医疗美容诊所",
            EntityKind.DentalClinic => $"{City}{place}{trade}口腔诊所",
            EntityKind.Cdc => $"{City}{place}疾病预防控制中心",
            EntityKind.VaccinationUnit => $"{City}{place}预防接种门诊",
            EntityKind.VaccineDistributor => $"{City}{trade}冷链物流有限公司",
            EntityKind.OnlineSeller => $"{City}{trade}网上药店有限公司",
            EntityKind.InternetInfoService => $"{City}{trade}健康科技有限公司",
            EntityKind.TcmPiecesOperator => $"{City}{place}{trade}中药饮片经营部",
            EntityKind.DeviceOperator => $"{City}{place}{trade}医疗器械经营部",
        };
    }

    public static string Address(string place, Random random) =>
        $"{City}{place}{Streets[random.Next(Streets.Length)]}{random.Next(1, 400)}号";
}

using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>How many of each kind a county of about 500 regulated entities has (shares of the whole).</summary>
public static class DemoKindMix
{
    private static readonly (EntityKind Kind, int PerFiveHundred)[] Mix =
    [
        (EntityKind.RetailPharmacy, 88), (EntityKind.ChainHq, 2), (EntityKind.ChainStore, 105),
        (EntityKind.FranchiseStore, 18), (EntityKind.Wholesaler, 4), (EntityKind.Manufacturer, 2),
        (EntityKind.Hospital, 12), (EntityKind.TownshipHealthCenter, 20), (EntityKind.CommunityHealthCenter, 3),
        (EntityKind.Clinic, 115), (EntityKind.AestheticsInstitution, 3), (EntityKind.DentalClinic, 12),
        (EntityKind.Cdc, 1), (EntityKind.VaccinationUnit, 24), (EntityKind.VaccineDistributor, 1),
        (EntityKind.OnlineSeller, 14), (EntityKind.InternetInfoService, 3), (EntityKind.TcmPiecesOperator, 6),
        (EntityKind.DeviceOperator, 67),
    ];

    /// <summary>The count of each kind for a total, every kind at least once (a county has one CDC).</summary>
    public static IReadOnlyList<(EntityKind Kind, int Count)> For(int total)
    {
        var weight = Mix.Sum(m => m.PerFiveHundred);
        var counts = Mix.Select(m => (m.Kind, Count: Math.Max(1, (int)((long)total * m.PerFiveHundred / weight)))).ToList();
        var shortfall = total - counts.Sum(c => c.Count);
        var largest = counts.FindIndex(c => c.Kind == EntityKind.Clinic);
        counts[largest] = (counts[largest].Kind, Math.Max(1, counts[largest].Count + shortfall));
        return counts;
    }
}

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

    /// <summary>The smallest county: one of each kind.</summary>
    public static int MinimumTotal => Mix.Length;

    /// <summary>
    /// The count of each kind for a total: one of each kind (a county has one CDC), the rest shared by weight with
    /// the largest remainders rounded up, so the counts always add up to the total.
    /// </summary>
    public static IReadOnlyList<(EntityKind Kind, int Count)> For(int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(total, MinimumTotal);
        var weight = Mix.Sum(m => (long)m.PerFiveHundred);
        var rest = total - Mix.Length;
        var shares = Mix.Select(m => (m.Kind, Exact: (long)rest * m.PerFiveHundred)).ToList();
        var counts = shares.Select(s => 1 + (int)(s.Exact / weight)).ToArray();
        var left = total - counts.Sum();
        foreach (var index in Enumerable.Range(0, Mix.Length).OrderByDescending(i => shares[i].Exact % weight).ThenBy(i => i).Take(left))
        {
            counts[index]++;
        }

        return Mix.Select((m, i) => (m.Kind, counts[i])).ToList();
    }
}

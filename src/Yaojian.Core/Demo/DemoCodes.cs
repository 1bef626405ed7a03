using System.Globalization;
using Bogus;
using Yaojian.Core.Common;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>Valid-looking identifiers for demo data: credit codes with correct check characters, ID numbers.</summary>
internal static class DemoCodes
{
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>A USCC: category (91 company, 92 individual business, 12 public institution), division, GB 11714 body.</summary>
    public static string Uscc(Randomizer random, string category, string division)
    {
        var body = random.ReplaceNumbers("########");
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (body[i] - '0') * OrganisationWeights[i];
        }

        var check = (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var c => (char)('0' + c),
        };
        var first17 = string.Concat(category, division, body, check.ToString());
        return first17 + Registry.Uscc.CheckCharacter(first17);
    }

    /// <summary>An 18-character resident ID number with its ISO 7064 MOD 11-2 check character.</summary>
    public static string IdNumber(Randomizer random, string division)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Int(0, 40 * 365));
        var first17 = string.Concat(division, birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), random.ReplaceNumbers("###"));
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    public static string Phone(Randomizer random) => random.ArrayElement(["138", "139", "150", "151", "158", "182", "187", "135"]) + random.ReplaceNumbers("########");
}

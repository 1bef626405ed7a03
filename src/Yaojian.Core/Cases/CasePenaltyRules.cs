using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Cases;

/// <summary>
/// What a decision's penalties must say (a pure rule): a fine or confiscated gains its sum, confiscated goods and an
/// industry ban what they cover; a suspension falls on the party, an industry ban on a person (处罚到人, KZ-M-2.14) —
/// one of the case's persons, or the party when the party is a person.
/// </summary>
public static class CasePenaltyRules
{
    public const decimal MaxAmount = 100_000_000_000m;

    public const int MaxDetailLength = 200;

    public static bool HasAmount(PenaltyKind kind) => kind is PenaltyKind.Fine or PenaltyKind.ConfiscateIllegalGains;

    public static bool NeedsDetail(PenaltyKind kind) => kind is PenaltyKind.ConfiscateGoods or PenaltyKind.IndustryBan;

    /// <summary>Every problem of <paramref name="penalties"/>, in Chinese, each naming the penalty (第N项); none when they are sound.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<PenaltyInput> penalties, IReadOnlyCollection<CasePerson> persons, bool partyIsPerson)
    {
        var problems = new List<string>();
        for (var i = 0; i < penalties.Count; i++)
        {
            var (n, p) = (i + 1, penalties[i]);
            if (!Enum.IsDefined(p.Kind))
            {
                problems.Add(EnumText.Format(Text.Cases_PenaltyUnknownKind, n));
                continue;
            }

            var kind = EnumText.Of(p.Kind);
            if (HasAmount(p.Kind) && p.Amount is not (> 0 and <= MaxAmount))
            {
                problems.Add(EnumText.Format(Text.Cases_PenaltyAmountRequired, n, kind));
            }
            else if (!HasAmount(p.Kind) && p.Amount is not null)
            {
                problems.Add(EnumText.Format(Text.Cases_PenaltyNoAmount, n, kind));
            }

            if (NeedsDetail(p.Kind) && string.IsNullOrWhiteSpace(p.Detail))
            {
                problems.Add(EnumText.Format(p.Kind == PenaltyKind.IndustryBan ? Text.Cases_PenaltyBanTerm : Text.Cases_PenaltyGoods, n, kind));
            }

            if (p.Detail?.Trim().Length > MaxDetailLength)
            {
                problems.Add(EnumText.Format(Text.Cases_PenaltyDetailTooLong, n, MaxDetailLength));
            }

            if (p.PersonNo is { } no && persons.All(person => person.No != no))
            {
                problems.Add(EnumText.Format(Text.Cases_PenaltyUnknownPerson, n, no));
            }
            else if (p.PersonNo is not null && p.Kind == PenaltyKind.Suspension)
            {
                problems.Add(EnumText.Format(Text.Cases_PenaltyPartyOnly, n, kind));
            }
            else if (p.PersonNo is null && p.Kind == PenaltyKind.IndustryBan && !partyIsPerson)
            {
                problems.Add(EnumText.Format(Text.Cases_PenaltyPersonOnly, n, kind));
            }
        }

        return problems;
    }

    /// <summary>Only warnings: the publication rules publish no such decision.</summary>
    public static bool WarningsOnly(IEnumerable<PenaltyKind> kinds) => kinds.All(k => k == PenaltyKind.Warning);
}

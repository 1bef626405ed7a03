using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Cases.Limits;

/// <summary>A period the law sets (<c>{ working_days: 15 }</c>, <c>{ days: 90 }</c>), counted by a <see cref="WorkingCalendar"/>.</summary>
public sealed record LegalPeriod(int Amount, PeriodUnit Unit)
{
    public const int MaxAmount = 366;

    public static LegalPeriod Days(int amount) => new(amount, PeriodUnit.Days);

    public static LegalPeriod WorkingDays(int amount) => new(amount, PeriodUnit.WorkingDays);

    /// <summary>十五个工作日、九十日.</summary>
    public override string ToString() =>
        EnumText.Format(Unit == PeriodUnit.WorkingDays ? Text.Cases_PeriodWorkingDays : Text.Cases_PeriodDays, Amount);
}

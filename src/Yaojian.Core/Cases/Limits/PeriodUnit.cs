namespace Yaojian.Core.Cases.Limits;

/// <summary>How a legal period counts: calendar days (日) or working days (工作日).</summary>
public enum PeriodUnit
{
    Days = 1,
    WorkingDays = 2,
}

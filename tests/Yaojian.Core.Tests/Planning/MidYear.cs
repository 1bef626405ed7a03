using System.Globalization;

namespace Yaojian.Core.Tests.Planning;

/// <summary>A day of 2025 after January 1st: when a re-plan starts.</summary>
public sealed record MidYear(DateOnly From)
{
    public override string ToString() => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

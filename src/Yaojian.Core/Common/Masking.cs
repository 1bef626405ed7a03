namespace Yaojian.Core.Common;

/// <summary>Masks personal identifiers wherever the full value is not needed.</summary>
public static class Masking
{
    /// <summary>13812345678 → 138****5678.</summary>
    public static string? Phone(string? phone) => Keep(phone, 3, 4);

    /// <summary>An 18-digit resident ID keeps its first 6 and last 4 characters.</summary>
    public static string? IdNumber(string? id) => Keep(id, 6, 4);

    /// <summary>张三丰 → 张**; a name keeps its family name only.</summary>
    public static string? PersonName(string? name) =>
        string.IsNullOrEmpty(name) ? name : name[0] + new string('*', Math.Max(1, name.Length - 1));

    private static string? Keep(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (value.Length <= head + tail)
        {
            return new string('*', value.Length);
        }

        return string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));
    }
}

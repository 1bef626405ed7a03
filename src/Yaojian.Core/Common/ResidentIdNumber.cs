using System.Globalization;

namespace Yaojian.Core.Common;

/// <summary>
/// The citizen identity number (公民身份号码) of GB 11643-1999: 18 characters — a six-digit address code, the birth date
/// as <c>yyyyMMdd</c>, a three-digit sequence, and a check character (ISO 7064 MOD 11-2, <c>0</c>–<c>9</c> or <c>X</c>).
/// </summary>
public static class ResidentIdNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static ResidentIdCheck Check(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return ResidentIdCheck.Empty;
        }

        if (number.Length != Length)
        {
            return ResidentIdCheck.WrongLength;
        }

        if (number.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(number[17]) || number[17] is 'X' or 'x'))
        {
            return ResidentIdCheck.BadCharacter;
        }

        if (!DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            return ResidentIdCheck.BadBirthDate;
        }

        return char.ToUpperInvariant(number[17]) == CheckCharacter(number.AsSpan(0, 17)) ? ResidentIdCheck.Valid : ResidentIdCheck.BadCheckCharacter;
    }

    public static bool IsValid(string? number) => Check(number) == ResidentIdCheck.Valid;

    /// <summary>The check character for the first 17 characters, which must be digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17 || first17.ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("A resident ID number's body is 17 digits.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }
}

namespace Yaojian.Core.Registry;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character alphabet
/// (no I, O, S, V, Z), the last one a check character over the first 17.
/// </summary>
public static class Uscc
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // Each ASCII character's place in the alphabet, or -1: a million-row import checks 35 characters a row.
    private static readonly sbyte[] Values = MakeValues();

    public static UsccCheck Check(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return UsccCheck.Empty;
        }

        if (code.Length != Length)
        {
            return UsccCheck.WrongLength;
        }

        for (var i = 0; i < Length; i++)
        {
            if (ValueOf(code[i]) < 0)
            {
                return UsccCheck.BadCharacter;
            }
        }

        // Zeros throughout pass the check character (0), but are a placeholder, not a code.
        if (code.AsSpan().IndexOfAnyExcept('0') < 0)
        {
            return UsccCheck.AllZero;
        }

        // The registration authority (1st) and category (2nd) are letters or digits drawn from the same alphabet;
        // the administrative division (3rd–8th) is always six digits.
        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(code[i]))
            {
                return UsccCheck.BadDivision;
            }
        }

        return code[17] == CheckCharacter(code.AsSpan(0, 17)) ? UsccCheck.Valid : UsccCheck.BadCheckCharacter;
    }

    public static bool IsValid(string? code) => Check(code) == UsccCheck.Valid;

    /// <summary>The check character for the first 17 characters, which must be from the alphabet.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("A USCC body has 17 characters.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = ValueOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"'{first17[i]}' is not a USCC character.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    private static int ValueOf(char c) => c < Values.Length ? Values[c] : -1;

    private static sbyte[] MakeValues()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }

    /// <summary>The characters a code may use, for generators and error messages.</summary>
    public static string Characters => Alphabet;
}

using System.Text;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// What two codes are compared by: NFKC (full-width <c>ＫＺ０１</c> is <c>KZ01</c>), without invisible characters,
/// in upper case. Two codes with the same key look the same to a person, so only one of them may exist.
/// </summary>
public static class CodeKey
{
    public static string Of(string code)
    {
        var text = new StringBuilder(code.Length);
        foreach (var c in code.Normalize(NormalizationForm.FormKC))
        {
            if (!CellText.IsInvisible(c))
            {
                text.Append(c);
            }
        }

        return text.ToString().ToUpperInvariant();
    }
}

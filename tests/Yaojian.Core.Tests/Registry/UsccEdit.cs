using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Registry;

/// <summary>One character of an 18-character code replaced by a different character of the alphabet.</summary>
public sealed record UsccEdit(int Position, int Shift)
{
    public char Apply(char original)
    {
        var index = Uscc.Characters.IndexOf(original, StringComparison.Ordinal);
        return Uscc.Characters[(index + Shift) % Uscc.Characters.Length];
    }
}

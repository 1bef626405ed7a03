using FsCheck;
using FsCheck.Fluent;
using Yaojian.Core.Registry;

namespace Yaojian.Core.Tests.Registry;

/// <summary>Generators for credit-code properties.</summary>
public static class UsccArbitraries
{
    private const string Digits = "0123456789";

    public static Arbitrary<UsccBody> Bodies() =>
        Gen.Elements(Uscc.Characters.ToCharArray()).ArrayOf(2)
            .SelectMany(_ => Gen.Elements(Digits.ToCharArray()).ArrayOf(6), (head, division) => head.Concat(division))
            .SelectMany(_ => Gen.Elements(Uscc.Characters.ToCharArray()).ArrayOf(9), (start, rest) => new UsccBody(new string(start.Concat(rest).ToArray())))
            .ToArbitrary();

    public static Arbitrary<UsccEdit> Edits() =>
        Gen.Choose(0, Uscc.Length - 1)
            .SelectMany(_ => Gen.Choose(1, Uscc.Characters.Length - 1), (position, shift) => new UsccEdit(position, shift))
            .ToArbitrary();
}

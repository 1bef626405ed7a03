namespace Yaojian.Core.Common;

/// <summary>What <see cref="ResidentIdNumber.Check"/> found wrong with an identity number, if anything.</summary>
public enum ResidentIdCheck
{
    Valid = 0,
    Empty,
    WrongLength,
    BadCharacter,
    BadBirthDate,
    BadCheckCharacter,
}

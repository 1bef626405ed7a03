namespace Yaojian.Core.Registry;

public enum UsccCheck
{
    Valid = 0,
    Empty,
    WrongLength,
    BadCharacter,
    BadDivision,
    BadCheckCharacter,
    AllZero,
}

namespace Yaojian.Core.Cases;

/// <summary>How a complaint or report reached the bureau: the 12315 platform, the 12345 hotline, a letter or visit, or another way.</summary>
public enum ClueChannel
{
    Platform12315 = 1,
    Hotline12345 = 2,
    LetterOrVisit = 3,
    Other = 4,
}

namespace Yaojian.Core.Risks;

/// <summary>
/// How tall a row of the printed papers must be to show every line of its wrapped cells. Excel and LibreOffice do not
/// grow a wrapped row of a file they did not lay out themselves (they keep the stored or default height and cut the
/// text), so the workbook states each row's height, estimated from the text the way the two wrap it: a CJK character
/// or full-width mark takes two width units (the width of a digit), other characters one; CJK text breaks between any
/// two characters, Latin words and numbers only at spaces; closing marks (，。）) stay with the character before them
/// and opening ones (（〔“) with the one after, as both programs do. The estimate errs on the tall side: a spare line
/// is harmless on paper, a cut one is not.
/// </summary>
internal static class PaperRows
{
    /// <summary>Points per line of 10.5-pt text: 宋体 needs 13.5 in Excel, Noto Sans CJK (LibreOffice's stand-in where
    /// 宋体 is not installed) 15.2.</summary>
    public const double LinePoints = 15.5;

    /// <summary>Points above and below the text of a cell.</summary>
    public const double PaddingPoints = 4;

    /// <summary>The width units a cell loses to its margins.</summary>
    public const double CellMargin = 1.5;

    private const string Closing = "，。、；：？！）】》〕」』”’%·.,;:!?)]}";
    private const string Opening = "（【《〔「『“‘([{";

    /// <summary>The lines <paramref name="text"/> takes in a column <paramref name="width"/> units wide, at
    /// <paramref name="scale"/> times the body's font size; an empty cell takes one.</summary>
    public static int Lines(string? text, double width, double scale = 1)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var room = Math.Max(2, (width - CellMargin) / scale);
        return text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Sum(paragraph => ParagraphLines(paragraph, room));
    }

    /// <summary>The height in points of a row whose tallest cell takes <paramref name="lines"/> lines.</summary>
    public static double Height(int lines, double scale = 1) => (Math.Max(1, lines) * LinePoints * scale) + PaddingPoints;

    /// <summary>The width units of one character: two for CJK and full-width forms, one for the others.</summary>
    public static double Width(char c) => IsWide(c) ? 2 : char.IsAsciiLetterUpper(c) ? 1.2 : 1;

    private static int ParagraphLines(string paragraph, double room)
    {
        var lines = 1;
        var used = 0.0;
        foreach (var token in Tokens(paragraph))
        {
            var width = token.Sum(Width);
            if (token.Length == 1 && token[0] == ' ' && used == 0)
            {
                continue;
            }

            if (used + width <= room)
            {
                used += width;
                continue;
            }

            if (used > 0)
            {
                lines++;
                used = 0;
            }

            // A word longer than the line is broken wherever it must be.
            while (width > room)
            {
                lines++;
                width -= room;
            }

            used = width;
        }

        return lines;
    }

    /// <summary>The pieces a line may not break inside: a CJK character with the marks that cling to it, a Latin word
    /// or number, a space.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var breakBefore = token.Length > 0 && !Closing.Contains(c, StringComparison.Ordinal) && !Opening.Contains(token[^1], StringComparison.Ordinal)
                && (c == ' ' || token[^1] == ' ' || IsWide(c) || IsWide(token[^1]));
            if (breakBefore)
            {
                yield return token.ToString();
                token.Clear();
            }

            token.Append(c);
        }

        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2010' and <= '\u2027') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');
}

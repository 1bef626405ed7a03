namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// The layout of the documents (GB/T 9704 style): A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title
/// 宋体 二号 bold, body 仿宋_GB2312 三号, tables 四号; sizes in half-points, lengths in twips.
/// </summary>
internal static class DocxStyle
{
    public const string Song = "宋体";
    public const string FangSong = "仿宋_GB2312";

    public const int Title = 44;
    public const int Body = 32;
    public const int Small = 28;

    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const int MarginLeft = 1587;
    public const int MarginRight = 1474;
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>Two characters of 三号 (16 pt): the first-line indent of body text.</summary>
    public const int TwoChars = 640;

    /// <summary>Fixed line height of body text (28 pt).</summary>
    public const int BodyLine = 560;

    public static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4);
}

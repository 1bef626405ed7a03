using DocumentFormat.OpenXml;

namespace Yaojian.Core.Inspections.Documents;

/// <summary>
/// The 责令改正通知书 as a .docx: bureau and title, the number (from the record's), the addressee, the findings, the legal
/// basis and deadline in Chinese numerals, the consequence, the 落款 at the right, and the receipt.
/// </summary>
public static class RectificationOrderDocument
{
    public const string Title = "责令改正通知书";

    private const string RecordPrefix = "检";
    private const string OrderPrefix = "责改";

    public static byte[] Create(RectificationOrderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Findings.Count == 0)
        {
            throw new ArgumentException("A rectification order needs at least one finding.", nameof(input));
        }

        return DocxPackage.Write(Title, Content(input));
    }

    /// <summary>
    /// The order's number from the record's: 检〔2025〕第000123号 → 责改〔2025〕第000123号 (责改 put before any other); the
    /// second and later orders from one record are told apart by their place: 责改〔2025〕第000123-2号.
    /// </summary>
    public static string NumberFor(string recordNumber, int sequence = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordNumber);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var number = recordNumber.Trim();
        number = OrderPrefix + (number.StartsWith(RecordPrefix, StringComparison.Ordinal) ? number[RecordPrefix.Length..] : number);
        if (sequence == 1)
        {
            return number;
        }

        var place = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"-{sequence}");
        return number.EndsWith('号') ? number[..^1] + place + "号" : number + place;
    }

    private static IEnumerable<OpenXmlElement> Content(RectificationOrderInput input)
    {
        yield return DocxText.Title(input.BureauName);
        yield return DocxText.Title(Title);
        yield return DocxText.Centered(NumberFor(input.RecordNumber, input.Sequence));
        yield return DocxText.Blank();
        yield return DocxText.Body($"{input.EntityName.Trim()}：", indent: false);
        yield return DocxText.Body("经查，你单位存在下列问题：");
        foreach (var line in DocumentWording.Findings(input.Findings))
        {
            yield return DocxText.Body(line);
        }

        yield return DocxText.Body(
            $"依据{input.LegalBasis.Trim()}等有关规定，责令你单位于{ChineseDate.Format(input.Deadline)}前改正，并将整改情况书面报告我局。");
        yield return DocxText.Body("逾期不改正的，将依法处理。");
        yield return DocxText.Blank();
        yield return DocxText.Blank();
        yield return DocxText.Right(input.BureauName.Trim(), DocxStyle.TwoChars * 2);
        yield return DocxText.Right(ChineseDate.Format(input.IssuedOn), DocxStyle.TwoChars * 2);
        yield return DocxText.Blank();
        yield return DocxText.Body($"被检查单位签收：{DocumentWording.BlankName}　　日期：{DocumentWording.BlankDate}", indent: false);
    }
}

using System.Text;
using FsCheck.Xunit;
using Yaojian.Core.Inspections.Evidence;

namespace Yaojian.Core.Tests.Inspections.Evidence;

public sealed class EvidenceTypesTests
{
    public static TheoryData<byte[], string> Known => new()
    {
        { [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], EvidenceTypes.Jpeg },
        { [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], EvidenceTypes.Png },
        { Encoding.ASCII.GetBytes("RIFF\u0024\0\0\0WEBPVP8 "), EvidenceTypes.Webp },
        { Encoding.ASCII.GetBytes("%PDF-1.7\n%"), EvidenceTypes.Pdf },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Sniff_KnownHeads_GiveTheirType(byte[] head, string expected) => Assert.Equal(expected, EvidenceTypes.Sniff(head));

    [Theory]
    [InlineData("<html><script>alert(1)</script>")]
    [InlineData("GIF89a")]
    [InlineData("PK\u0003\u0004 a zip or docx")]
    [InlineData("RIFF\u0024\0\0\0WAVEfmt ")]
    [InlineData("%PD")]
    [InlineData("")]
    public void Sniff_OtherContent_IsRefused(string text) => Assert.Null(EvidenceTypes.Sniff(Encoding.Latin1.GetBytes(text)));

    [Property]
    public bool Sniff_AnyBytes_GivesNullOrAnAcceptedType(byte[] bytes) =>
        EvidenceTypes.Sniff(bytes) is not { } type || EvidenceTypes.Accepted.Contains(type);

    [Property]
    public bool ExtensionOf_EveryAcceptedType_IsOwnAndDistinct() =>
        EvidenceTypes.Accepted.Select(EvidenceTypes.ExtensionOf).Distinct().Count() == EvidenceTypes.Accepted.Count;
}

using System.Text;
using Scraper.Parsing;

namespace Scraper.Core.Tests.Parsing;

public class TextDecodingTests
{
    private const string Russian = "Средства противовоздушной обороны сбили беспилотники над Брянской областью.";

    static TextDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(1251)]
    [InlineData(20866)]
    public void Decode_UndeclaredLegacyCyrillic_IsDetected(int codePage) =>
        Assert.Equal(Russian, TextDecoding.Decode(Encoding.GetEncoding(codePage).GetBytes(Russian), null));

    [Fact]
    public void Decode_HeaderCharset_IsUsed() =>
        Assert.Equal(Russian, TextDecoding.Decode(Encoding.GetEncoding(20866).GetBytes(Russian), "koi8-r"));

    [Fact]
    public void Decode_Utf8Bom_WinsAndIsStripped() =>
        Assert.Equal("Київ", TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Київ")], "windows-1251"));

    [Fact]
    public void Decode_MetaCharset_IsUsedWithoutHeader() =>
        Assert.Contains("Київ", TextDecoding.Decode(Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head><body>Київ</body></html>"), null), StringComparison.Ordinal);
}

using System.Text;
using System.Text.RegularExpressions;

namespace Scraper.Parsing;

/// <summary>
/// Bytes → text. Order of evidence: BOM, then the HTTP header charset, then the XML declaration or
/// HTML meta; legacy Cyrillic code pages (windows-1251, KOI8-R) are registered.
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var encoding = DetectBom(body, out var bomLength)
            ?? Lookup(headerCharset)
            ?? Lookup(DeclaredInDocument(body))
            ?? Encoding.UTF8;
        var text = encoding.GetString(body[bomLength..]);
        if (ReferenceEquals(encoding, Encoding.UTF8) || encoding.CodePage == 65001)
        {
            // A body that is not valid UTF-8 yet claims (or defaults to) it is most often a legacy Cyrillic code page in our sources.
            if (text.Contains('\uFFFD', StringComparison.Ordinal) && !IsValidUtf8(body[bomLength..]))
            {
                return MostLikelyCyrillic(body[bomLength..]);
            }
        }

        return text;
    }

    public static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? DetectBom(ReadOnlySpan<byte> body, out int length)
    {
        length = 0;
        if (body.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            length = 3;
            return new UTF8Encoding(false);
        }

        if (body.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (body.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static string? DeclaredInDocument(ReadOnlySpan<byte> body)
    {
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 2048)]);
        var m = DeclarationPattern().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    /// <summary>windows-1251 or KOI8-R, whichever yields more of the commonest Russian/Ukrainian lower-case letters.</summary>
    private static string MostLikelyCyrillic(ReadOnlySpan<byte> body)
    {
        var cp1251 = Encoding.GetEncoding(1251).GetString(body);
        var koi8 = Encoding.GetEncoding(20866).GetString(body);
        return CommonLetters(koi8) > CommonLetters(cp1251) ? koi8 : cp1251;
    }

    private static int CommonLetters(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if ("оеаинтсрвлкі".Contains(c, StringComparison.Ordinal))
            {
                n++;
            }
        }

        return n;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> body) => System.Text.Unicode.Utf8.IsValid(body);

    [GeneratedRegex("""(?:encoding\s*=\s*["']|charset\s*=\s*["']?)(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex DeclarationPattern();
}

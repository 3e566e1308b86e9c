using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Scraper.Parsing;

/// <summary>
/// Fixes the commonest ways real feeds break XML: a DOCTYPE with an internal subset (dropped, so
/// declared entities are never expanded), HTML named entities such as <c>&amp;nbsp;</c> (turned into
/// character references), and bare ampersands (escaped). CDATA sections are left untouched.
/// </summary>
public static partial class XmlRepair
{
    public static string Repair(string xml)
    {
        xml = Doctype().Replace(xml, "", 1);
        var sb = new StringBuilder(xml.Length + 64);
        var pos = 0;
        while (pos < xml.Length)
        {
            var cdata = xml.IndexOf("<![CDATA[", pos, StringComparison.Ordinal);
            var end = cdata < 0 ? xml.Length : cdata;
            FixEntities(xml.AsSpan(pos, end - pos), sb);
            if (cdata < 0)
            {
                break;
            }

            var close = xml.IndexOf("]]>", cdata, StringComparison.Ordinal);
            close = close < 0 ? xml.Length : close + 3;
            sb.Append(xml, cdata, close - cdata);
            pos = close;
        }

        return sb.ToString();
    }

    private static void FixEntities(ReadOnlySpan<char> text, StringBuilder sb)
    {
        var last = 0;
        foreach (var m in Entity().EnumerateMatches(text))
        {
            sb.Append(text[last..m.Index]);
            var entity = text.Slice(m.Index, m.Length);
            sb.Append(Rewrite(entity.ToString()));
            last = m.Index + m.Length;
        }

        sb.Append(text[last..]);
    }

    private static string Rewrite(string entity)
    {
        if (entity == "&")
        {
            return "&amp;";
        }

        if (entity[1] == '#' || entity is "&amp;" or "&lt;" or "&gt;" or "&quot;" or "&apos;")
        {
            return entity;
        }

        var decoded = WebUtility.HtmlDecode(entity);
        if (decoded == entity)
        {
            // Unknown (or declared only in a DTD we refuse to read): keep it visible as text.
            return "&amp;" + entity[1..];
        }

        var sb = new StringBuilder();
        foreach (var rune in decoded.EnumerateRunes())
        {
            sb.Append("&#x").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(';');
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"<!DOCTYPE[^\[>]*(\[.*?\]\s*)?>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)?")]
    private static partial Regex Entity();
}

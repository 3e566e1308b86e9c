using System.Globalization;
using System.Net;
using System.Text;

namespace Scraper.Parsing;

internal static partial class FeedXml
{
    /// <summary>Text content of a source range: tags dropped, comments skipped, CDATA kept raw, entities decoded.</summary>
    public static string TextOf(string source, int start, int end)
    {
        var lt = source.IndexOf('<', start, end - start);
        if (lt < 0)
        {
            return Decode(source.AsSpan(start, end - start));
        }

        var sb = new StringBuilder(end - start);
        var pos = start;
        while (pos < end)
        {
            lt = source.IndexOf('<', pos, end - pos);
            if (lt < 0)
            {
                AppendDecoded(sb, source.AsSpan(pos, end - pos));
                break;
            }

            AppendDecoded(sb, source.AsSpan(pos, lt - pos));
            if (string.CompareOrdinal(source, lt, "<![CDATA[", 0, 9) == 0)
            {
                var close = source.IndexOf("]]>", lt + 9, end - lt - 9 < 0 ? 0 : end - lt - 9, StringComparison.Ordinal);
                var stop = close < 0 ? end : close;
                sb.Append(source, lt + 9, Math.Max(0, stop - lt - 9));
                pos = close < 0 ? end : close + 3;
            }
            else if (string.CompareOrdinal(source, lt, "<!--", 0, 4) == 0)
            {
                var close = source.IndexOf("-->", lt + 4, Math.Max(0, end - lt - 4), StringComparison.Ordinal);
                pos = close < 0 ? end : close + 3;
            }
            else
            {
                var gt = source.IndexOf('>', lt, end - lt);
                pos = gt < 0 ? end : gt + 1;
            }
        }

        return sb.ToString();
    }

    public static string Decode(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('&') < 0)
        {
            return text.ToString();
        }

        var sb = new StringBuilder(text.Length);
        AppendDecoded(sb, text);
        return sb.ToString();
    }

    private static void AppendDecoded(StringBuilder sb, ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var amp = text.IndexOf('&');
            if (amp < 0)
            {
                sb.Append(text);
                return;
            }

            sb.Append(text[..amp]);
            text = text[amp..];
            var semi = text[..Math.Min(text.Length, 34)].IndexOf(';');
            if (semi < 2)
            {
                sb.Append('&');
                text = text[1..];
                continue;
            }

            var entity = text[..(semi + 1)];
            if (DecodeEntity(entity) is { } decoded)
            {
                sb.Append(decoded);
            }
            else
            {
                // Undeclared (or DTD-declared) entity: kept as literal text, never expanded.
                sb.Append(entity);
            }

            text = text[(semi + 1)..];
        }
    }

    private static string? DecodeEntity(ReadOnlySpan<char> entity)
    {
        var name = entity[1..^1];
        switch (name)
        {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
        }

        if (name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            return int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
                ? char.ConvertFromUtf32(code)
                : null;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return null;
            }
        }

        var s = entity.ToString();
        var html = WebUtility.HtmlDecode(s);
        return html == s ? null : html;
    }
}

using System.Globalization;

namespace Scraper.Extraction.Lexicons;

/// <summary>
/// The words of a text as alias lists see them: runs of letters, marks and digits with an optional apostrophe
/// ending ("Hamas's", "п'ять"), i.e. the regex <c>[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)?</c>, each with a lookup
/// key (lower case, ё → е, one apostrophe style, possessive 's dropped). Hand-written because it runs on every
/// sentence: one pass, keys are spans of one lower-cased copy, no per-word strings.
/// </summary>
internal sealed class TextWords
{
    // Invariant lower case of every UTF-16 unit, computed once: per character it equals string.ToLowerInvariant
    // (simple case mapping, no context), and a table lookup is much cheaper than a casing call per sentence.
    private static readonly Lazy<char[]> LowerTable = new(() =>
    {
        var all = new char[char.MaxValue + 1];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = char.IsSurrogate((char)i) ? ' ' : (char)i;
        }

        var lower = new char[all.Length];
        all.AsSpan().ToLowerInvariant(lower);
        for (var i = 0xD800; i <= 0xDFFF; i++)
        {
            lower[i] = (char)i;
        }

        return lower;
    });

    [ThreadStatic]
    private static TextWords? last;

    private readonly string text;
    private readonly char[] lowered;
    private readonly List<(int Start, int End, int KeyEnd)> words;

    public TextWords(string text)
    {
        this.text = text;
        lowered = new char[text.Length];
        words = new(text.Length / 6);
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] is '\'' or '’' or 'ʼ' && IsLetterOrMark(text[i + 1]))
            {
                i++;
                while (i < text.Length && IsLetterOrMark(text[i]))
                {
                    i++;
                }
            }

            text.CopyTo(start, lowered, start, i - start);
            words.Add((start, i, KeyEnd(start, i)));
        }
    }

    public int Count => words.Count;

    /// <summary>The words of <paramref name="text"/>, reused when this thread just split the same string (actor, group and weapon lists all read one sentence).</summary>
    public static TextWords Of(string text)
    {
        if (last is { } known && ReferenceEquals(known.text, text))
        {
            return known;
        }

        return last = new TextWords(text);
    }

    public int Start(int word) => words[word].Start;

    public int End(int word) => words[word].End;

    public ReadOnlySpan<char> Key(int word) => lowered.AsSpan(words[word].Start, words[word].KeyEnd - words[word].Start);

    private int KeyEnd(int start, int end)
    {
        var lower = LowerTable.Value;
        for (var k = start; k < end; k++)
        {
            lowered[k] = lower[lowered[k]] switch
            {
                'ё' => 'е',
                '’' or 'ʼ' => '\'',
                var c => c,
            };
        }

        return end - start > 2 && lowered[end - 2] == '\'' && lowered[end - 1] == 's' ? end - 2 : end;
    }

    // UnicodeCategory lists letters (Lu..Lo), then marks (Mn..Me), then numbers (Nd..No).
    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) <= UnicodeCategory.OtherNumber;

    private static bool IsLetterOrMark(char c) => char.GetUnicodeCategory(c) <= UnicodeCategory.EnclosingMark;
}

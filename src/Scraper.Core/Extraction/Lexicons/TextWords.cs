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
    private readonly char[] lowered;
    private readonly List<(int Start, int End, int KeyEnd)> words = [];

    public TextWords(string text)
    {
        lowered = new char[text.Length];
        text.AsSpan().ToLowerInvariant(lowered);
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

            words.Add((start, i, KeyEnd(start, i)));
        }
    }

    public int Count => words.Count;

    public int Start(int word) => words[word].Start;

    public int End(int word) => words[word].End;

    public ReadOnlySpan<char> Key(int word) => lowered.AsSpan(words[word].Start, words[word].KeyEnd - words[word].Start);

    /// <summary>The lookup key of one alias word, computed the same way as the keys of text words.</summary>
    public static string KeyOf(string word)
    {
        var key = word.ToLowerInvariant().Replace('ё', 'е').Replace('’', '\'').Replace('ʼ', '\'');
        return key.EndsWith("'s", StringComparison.Ordinal) ? key[..^2] : key;
    }

    private int KeyEnd(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            lowered[k] = lowered[k] switch
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

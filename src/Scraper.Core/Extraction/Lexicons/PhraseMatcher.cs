using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Scraper.Extraction.Lexicons;

/// <summary>
/// A phrase list (<see cref="PhrasePattern"/> syntax) that finds exactly what its regex finds, faster. A big
/// case-insensitive alternation costs the regex engine a try at nearly every character; here a scan of the
/// case-folded text finds where a phrase's leading literal ("strike" of "strike*", "air" of "air strike*") starts a
/// word, and the same regex, anchored with \G, is tried only there. A match always starts with its phrase's
/// leading literal, so no match is skipped. Lists with a phrase that starts with * fall back to checking that some
/// literal the match must contain occurs at all before running the regex.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Lazy<Regex> full;
    private readonly Lazy<Regex> anchored;
    private readonly Lazy<CaseFold> fold;
    private readonly Lazy<(LeadingLiterals? Starts, SearchValues<string>? Contained)> literals;

    internal PhraseMatcher(IEnumerable<string> phrases, CaseFold fold)
        : this(phrases, new Lazy<CaseFold>(fold))
    {
    }

    /// <param name="fold">Shared by a lexicon's lists and built on first use, from every list, so no list's letters are missing.</param>
    internal PhraseMatcher(IEnumerable<string> phrases, Lazy<CaseFold> fold)
    {
        var list = PhrasePattern.Ordered(phrases);
        var body = PhrasePattern.Body(list);
        full = new(() => new Regex($@"\b(?:{body})(?![\w])", PhrasePattern.Options));
        anchored = new(() => new Regex($@"\G\b(?:{body})(?![\w])", PhrasePattern.Options));
        this.fold = fold;
        literals = new(() =>
        {
            var leading = list.Select(LeadingLiteral).ToList();
            if (leading.All(l => l.Length > 0))
            {
                return (new LeadingLiterals(list.Select(fold.Value.Apply)), null);
            }

            var inside = list.Select(LongestLiteral).ToList();
            return (null, inside.All(l => l.Length > 0) ? SearchValues.Create(inside.Select(fold.Value.Apply).Distinct().ToArray(), StringComparison.Ordinal) : null);
        });
    }

    /// <summary>The regex this matcher stands for.</summary>
    public Regex Regex => full.Value;

    /// <summary>Every character of the phrases' literals: the alphabet a <see cref="CaseFold"/> for them needs.</summary>
    internal static IEnumerable<char> Alphabet(IEnumerable<string> phrases) => phrases.SelectMany(p => p).Where(c => c != '*' && !char.IsWhiteSpace(c));

    public bool IsMatch(string text)
    {
        var (starts, contained) = literals.Value;
        if (starts is null)
        {
            return (contained is null || fold.Value.Folded(text, out _, out _).IndexOfAny(contained) >= 0) && full.Value.IsMatch(text);
        }

        // Same candidates as Next, but the regex only has to say yes or no (no Match object).
        for (var p = 0; ; p++)
        {
            var folded = fold.Value.Folded(text, out var candidates, out var startBits);
            p = starts.Next(text, folded, candidates, startBits, p);
            if (p < 0)
            {
                return false;
            }

            if (anchored.Value.IsMatch(text.AsSpan(), p))
            {
                return true;
            }
        }
    }

    public Match Match(string text) => Next(text, 0);

    /// <summary>The first match starting at or after <paramref name="start"/>, as <see cref="Regex.Match(string, int)"/>.</summary>
    public Match Match(string text, int start) => Next(text, start);

    public IEnumerable<Match> Matches(string text) => literals.Value is (null, null) ? full.Value.Matches(text) : Scan(text, 0);

    /// <summary>Matches starting at or after <paramref name="start"/>.</summary>
    public IEnumerable<Match> Matches(string text, int start) => literals.Value is (null, null) ? full.Value.Matches(text, start) : Scan(text, start);

    public string Replace(string text, MatchEvaluator evaluator)
    {
        if (literals.Value is (null, null))
        {
            return full.Value.Replace(text, evaluator);
        }

        StringBuilder? sb = null;
        var copied = 0;
        foreach (var m in Scan(text, 0))
        {
            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copied, m.Index - copied).Append(evaluator(m));
            copied = m.Index + m.Length;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    // Matches found here are never empty (each holds a literal), so the next search starts where one ends.
    private IEnumerable<Match> Scan(string text, int start)
    {
        for (var m = Next(text, start); m.Success; m = Next(text, m.Index + m.Length))
        {
            yield return m;
        }
    }

    private Match Next(string text, int from)
    {
        var (starts, contained) = literals.Value;
        if (starts is not null)
        {
            for (var p = from; ; p++)
            {
                // Re-read each time: the regex call below may not, but callers between matches fold other texts.
                var folded = fold.Value.Folded(text, out var candidates, out var startBits);
                p = starts.Next(text, folded, candidates, startBits, p);
                if (p < 0)
                {
                    return System.Text.RegularExpressions.Match.Empty;
                }

                if (anchored.Value.Match(text, p) is { Success: true } m)
                {
                    return m;
                }
            }
        }

        return contained is not null && fold.Value.Folded(text, out _, out _).IndexOfAny(contained) < 0 ? System.Text.RegularExpressions.Match.Empty : full.Value.Match(text, from);
    }

    private static string Words0(string phrase) => phrase.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    // The regex for a phrase begins with its first word up to the first *: every match starts with these characters.
    private static string LeadingLiteral(string phrase) => Words0(phrase).Split('*')[0];

    // A phrase starting with * still contains each of its literal pieces somewhere.
    private static string LongestLiteral(string phrase) =>
        phrase.Split([' ', '*'], StringSplitOptions.RemoveEmptyEntries).MaxBy(p => p.Length) ?? "";
}

using System.Text.RegularExpressions;
using Scraper.Extraction.Lexicons;

namespace Scraper.Extraction;

/// <summary>Which named actor a verb of saying belongs to: its subject before it, an inverted "said X", Arabic verb-first order, asides skipped.</summary>
public sealed partial class StrikeClaimExtractor
{
    /// <summary>"X said", "X also reported", "X, the governor, said", "according to X", "said X".</summary>
    /// <remarks>Other actor names in the gap are skipped: in "SOHR activists have documented" both are bound.</remarks>
    private static bool BoundToCue(string text, AliasMatch<ActorEntry> actor, Match cue, IReadOnlyList<AliasMatch<ActorEntry>> actors, LanguageLexicon lex)
    {
        if (cue.Index >= actor.Start && cue.Index < actor.End)
        {
            return true;
        }

        if (actor.Start >= cue.Index + cue.Length && ArabicSubjectGap().IsMatch(text.AsSpan(cue.Index + cue.Length, actor.Start - cue.Index - cue.Length))
            && ArabicReportedAfter().IsMatch(text, actor.End))
        {
            // "وقال المتحدث العسكري باسم الجماعة العميد يحيى سريع، في بيان، إن ...": Arabic puts the speaker after the verb
            // of saying and before what was said (إن/أن).
            return true;
        }

        var (from, to) = actor.End <= cue.Index ? (actor.End, cue.Index) : (cue.Index + cue.Length, actor.Start);
        if (to < from || (actor.Start > cue.Index && !lex.Source.IsMatch(text[cue.Index..actor.Start])
            && !(InvertedCue().IsMatch(text.AsSpan(0, cue.Index)) && !ClosesRelativeClause(text, cue.Index))))
        {
            // After a verb of saying the next name is usually the subject of what was said ("said Russia launched"),
            // unless the verb closes the quoted account (", сообщил губернатор региона", ", said the ministry").
            return false;
        }

        var gap = new System.Text.StringBuilder(text, from, to - from, to - from);
        foreach (var other in actors.Where(a => a.Start >= from && a.End <= to).OrderByDescending(a => a.Start))
        {
            gap.Remove(other.Start - from, other.Length);
        }

        // "The Britain-based monitor, which relies on sources inside Syria, said": an aside between subject and verb.
        return actor.End <= cue.Index ? SpeakerGapBefore().IsMatch(MayHaveRelativeClause(gap.ToString()) ? RelativeClause().Replace(gap.ToString(), " ") : gap.ToString()) : SpeakerGapAfter().IsMatch(gap.ToString());
    }

    // Most sentences have no relative clause: a plain search skips the regex for them.
    private static bool MayHaveRelativeClause(ReadOnlySpan<char> text) => text.IndexOf(", wh", StringComparison.Ordinal) >= 0;

    private static bool InRelativeClause(string text, int at) =>
        MayHaveRelativeClause(text) && RelativeClause().Matches(text).Any(m => m.Index < at && at < m.Index + m.Length);

    /// <summary>"X, which relies on informants, said Y struck": the comma before the verb ends an aside, so the name after it is what was said.</summary>
    private static bool ClosesRelativeClause(string text, int cue) =>
        MayHaveRelativeClause(text.AsSpan(0, cue)) && RelativeClause().Matches(text[..cue]).Any(m => string.IsNullOrWhiteSpace(text[(m.Index + m.Length)..cue]));

    [GeneratedRegex(@"^[\s,()]*(?:(?:also|sources?|has|have|had|was|were|later|earlier|previously|then|further|separately|on\s+\w+|in\s+a\s+statement|for\s+(?:its|their|his|her)\s+part|in\s+turn|the\s+[\w-]+(?:\s+[\w-]+)?,|\p{Lu}[\w'’-]+(?:\s+\p{Lu}[\w'’-]+)?,|также|ранее|також|раніше)[\s,()]+)*$")]
    private static partial Regex SpeakerGapBefore();

    [GeneratedRegex(@"^\s*(?:(?:by|to|from|the|a|an|its|in|from|of)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerGapAfter();

    [GeneratedRegex(@"^\s*(?:[\u0621-\u064A]+\s+){0,6}$")]
    private static partial Regex ArabicSubjectGap();

    [GeneratedRegex(@"\G[^.]{0,40}?\s(?:إن|أن|بأن)\s")]
    private static partial Regex ArabicReportedAfter();

    [GeneratedRegex(@"(?:[,–—]|\s-)\s*$")]
    private static partial Regex InvertedCue();

    [GeneratedRegex(@",\s+(?:which|who|whose)\b[^,;]{1,100},")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|dozens\s+of|many|двое|трое|двоє|троє|кілька|несколько))\s+(?:local\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedBefore();

    [GeneratedRegex(@"\b(?:told|сообщил[аи]?|рассказал[аи]?|заявил[аи]?|повідомив|повідомила|повідомили|розповів|розповіла|розповіли|заявив|заявила)\s+(?:the\s+|агентству\s+|агентств[уі]\s+|изданию\s+|виданню\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ToldBefore();

    [GeneratedRegex(@"\b(?:Security|Intelligence|Service)\b")]
    private static partial Regex SecurityAgency();

    /// <summary>"Hezbollah's military spokesman said", "the group's military spokesman said": a generic title speaks for whoever owns it.</summary>
    private static ActorEntry? Possessor(string text, AliasMatch<ActorEntry> title, IReadOnlyList<AliasMatch<ActorEntry>> actors, DocumentState state) =>
        title.Value.Type != "generic" || PossessiveBefore().Match(text, 0, title.Start) is not { Success: true } owned ? null
            : actors.FirstOrDefault(a => a.End == owned.Index && a != title && a.Value.CanClaim)?.Value
                ?? (GroupOwner().IsMatch(text.AsSpan(0, owned.Index)) ? LastNamed(state, "armed_group") : null);

    [GeneratedRegex(@"['’]s\s+$", RegexOptions.RightToLeft)]
    private static partial Regex PossessiveBefore();

    [GeneratedRegex(@"\b(?:group|movement|militia|rebels)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupOwner();
}

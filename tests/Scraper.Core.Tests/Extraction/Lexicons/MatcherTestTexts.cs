using System.Text.Json;

namespace Scraper.Core.Tests.Extraction.Lexicons;

/// <summary>Texts and lexicon lists the fast matchers are compared on against the regexes they replace.</summary>
internal static class MatcherTestTexts
{
    private static readonly string DataDir = Path.Combine(AppContext.BaseDirectory, "data", "lexicons");

    /// <summary>Tricky spellings: apostrophe styles, case, hyphens, underscores, Cyrillic, Arabic, case-equivalent oddities.</summary>
    public static readonly string[] Tricky =
    [
        "AIR STRIKES hit the town; air-strikes, Air  strike, airstrikes2 and _strike or strike_ too.",
        "IS fighters, is, Is, ISIS and U.S. forces; the US-led coalition (CJTF-OIR) said.",
        "Hamas's posts, Hamas’s depot and HAMAS'S tunnel; п'ять, п’ять, пʼять ударів по Херсону.",
        "ВСУ нанесли удар по Донецку; всу; Удари по Сумщині минулої доби. Ёлки, ёлки, ЕЛКИ.",
        "غارات جوية على ريف إدلب، وقصفت الطائرات مدينة حماة. قالت مصادر إن الغارة أسفرت عن مقتل خمسة.",
        "\u212Aill, ſtrike, İstanbul, ıstanbul, ΣΟΣ σος, ǅemal, ﬁre, co\u00ADordinated, strike\u200Dr, near\u00A0the\u2009village of X.",
        "counter-attack, counter attack, north-west of Bayji, 5 km southwest of Raqqa, three (3) strikes.",
        "", "-", "'", "’s", "a", "Strike", "strike", "STRIKE", "strikes.", "(strike)", "«удар»", "1st strike 2nd",
    ];

    public static IEnumerable<string> Texts()
    {
        foreach (var t in Tricky)
        {
            yield return t;
        }

        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Extraction");
        foreach (var file in Directory.GetFiles(fixtures, "input.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            yield return text;
            foreach (var line in text.Split('\n'))
            {
                yield return line;
            }
        }
    }

    /// <summary>Every phrase list and dictionary key list of every language lexicon, named "en.strike_triggers" etc.</summary>
    public static IEnumerable<(string Name, string[] Phrases)> PhraseLists()
    {
        foreach (var file in Directory.GetFiles(DataDir, "*.json").Where(f => Path.GetFileNameWithoutExtension(f).Length == 2).Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                string[]? list = p.Value.ValueKind switch
                {
                    JsonValueKind.Array => p.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
                    JsonValueKind.Object => p.Value.EnumerateObject().Select(e => e.Name).ToArray(),
                    _ => null,
                };
                if (list is { Length: > 0 })
                {
                    yield return ($"{Path.GetFileNameWithoutExtension(file)}.{p.Name}", list);
                }
            }
        }
    }

    /// <summary>Aliases of actors.json, groups.json or weapons.json with the index of their entry.</summary>
    public static List<(string Alias, string Entry)> Aliases(string file, string arrayName, string idName)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, file)));
        return doc.RootElement.GetProperty(arrayName).EnumerateArray()
            .SelectMany(e => e.GetProperty("aliases").EnumerateArray().Select(a => (a.GetString()!, e.GetProperty(idName).GetString()!))).ToList();
    }
}

using Scraper.Extraction;

namespace Scraper.Core.Tests.Extraction;

public sealed class RelativeDateResolverTests
{
    private static DateMention? Find(string lang, string sentence, string? published) =>
        RelativeDateResolver.Find(sentence, ExtractionData.Default.Lexicons.For(lang), published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("en", "Russia did attack ISIS on Friday.", "2015-10-04", "2015-10-02", false)]
    [InlineData("en", "Jets struck yesterday.", "2024-03-10", "2024-03-09", false)]
    [InlineData("en", "Overnight, jets struck targets.", "2024-06-20", "2024-06-19", true)]
    [InlineData("en", "In the past 24 hours, forces destroyed two drones.", "2024-09-03", "2024-09-02", true)]
    [InlineData("en", "On Sept. 23-24 strikes were conducted.", "2017-09-26", "2017-09-23", true)]
    [InlineData("en", "On Friday 10 April, a patrol struck.", "2020-04-25", "2020-04-10", false)]
    [InlineData("en", "forces attacked ISIL in Syria Thursday and today", "2014-10-17", "2014-10-16", true)]
    [InlineData("ru", "В ночь на 5 октября нанесен удар.", "2024-10-05", "2024-10-04", true)]
    [InlineData("ru", "В течение недели нанесены удары.", "2026-01-17", "2026-01-10", true)]
    [InlineData("ru", "Украинские власти в ночь на субботу сообщали об ударах.", "2025-11-22", "2025-11-21", true)]
    [InlineData("uk", "У ніч на неділю ворог атакував Одесу.", "2025-11-23", "2025-11-22", true)]
    [InlineData("uk", "Протягом тижня ворог завдав ударів.", "2026-01-17", "2026-01-10", true)]
    [InlineData("uk", "Минулої доби противник завдав ударів.", "2025-02-12", "2025-02-11", true)]
    [InlineData("uk", "Удар 5 жовтня 2023 року.", null, "2023-10-05", false)]
    [InlineData("ar", "شنت طائرات غارات أمس.", "2015-10-05", "2015-10-04", false)]
    [InlineData("ar", "غارة استهدفت مبنى في حي المزة في 20 كانون الثاني/يناير الفائت.", "2024-02-10", "2024-01-20", false)]
    [InlineData("ru", "Удар по Харкову 5 октября прошлого года.", "2024-11-10", "2023-10-05", false)]
    public void Find_DateExpression_ResolvesAgainstPublication(string lang, string sentence, string? published, string start, bool range)
    {
        var date = Find(lang, sentence, published);

        Assert.NotNull(date);
        Assert.Equal(start, date.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(range, date.IsRange);
    }

    [Theory]
    [InlineData("en", "Jets struck on Sunday.")]
    [InlineData("en", "Strikes hit on August 27.")]
    public void Find_RelativeDateWithoutPublication_StaysUnresolved(string lang, string sentence)
    {
        Assert.Null(Find(lang, sentence, null));
    }

    [Fact]
    public void Find_DatelineOfWireStory_IsNotTheEventDate()
    {
        var date = Find("en", "MOSCOW, Oct 6 (Wire) - Russia said it struck a depot overnight.", "2024-10-06");

        Assert.Equal(new DateOnly(2024, 10, 5), date?.Start);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Scraper.Parsing;

public static partial class FeedDates
{
    private static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = TimeSpan.Zero, ["UTC"] = TimeSpan.Zero, ["GMT"] = TimeSpan.Zero, ["Z"] = TimeSpan.Zero, ["WET"] = TimeSpan.Zero,
        ["EST"] = TimeSpan.FromHours(-5), ["EDT"] = TimeSpan.FromHours(-4), ["CST"] = TimeSpan.FromHours(-6), ["CDT"] = TimeSpan.FromHours(-5),
        ["MST"] = TimeSpan.FromHours(-7), ["MDT"] = TimeSpan.FromHours(-6), ["PST"] = TimeSpan.FromHours(-8), ["PDT"] = TimeSpan.FromHours(-7),
        ["MSK"] = TimeSpan.FromHours(3), ["EET"] = TimeSpan.FromHours(2), ["EEST"] = TimeSpan.FromHours(3), ["BST"] = TimeSpan.FromHours(1),
        ["CET"] = TimeSpan.FromHours(1), ["CEST"] = TimeSpan.FromHours(2), ["WEST"] = TimeSpan.FromHours(1), ["IDT"] = TimeSpan.FromHours(3),
        ["IST"] = TimeSpan.FromHours(2), ["TRT"] = TimeSpan.FromHours(3), ["AST"] = TimeSpan.FromHours(3), ["GST"] = TimeSpan.FromHours(4),
        ["JST"] = TimeSpan.FromHours(9), ["KST"] = TimeSpan.FromHours(9), ["AEST"] = TimeSpan.FromHours(10), ["AEDT"] = TimeSpan.FromHours(11),
    };

    /// <summary>Month names and abbreviations, nominative and genitive, lower case without a trailing dot.</summary>
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["jan", "january", "январь", "января", "янв", "січень", "січня", "січ", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "ocak"],
            ["feb", "february", "февраль", "февраля", "фев", "лютий", "лютого", "лют", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "şubat", "subat"],
            ["mar", "march", "март", "марта", "мар", "березень", "березня", "бер", "märz", "maerz", "mrz", "mär", "mars", "marzo", "março", "marco", "mart"],
            ["apr", "april", "апрель", "апреля", "апр", "квітень", "квітня", "квіт", "кві", "avril", "avr", "abril", "abr", "aprile", "nisan"],
            ["may", "май", "мая", "травень", "травня", "трав", "тра", "mai", "mayo", "maggio", "mag", "maio", "mayıs", "mayis"],
            ["jun", "june", "июнь", "июня", "июн", "червень", "червня", "черв", "чер", "juni", "juin", "junio", "giugno", "giu", "junho", "haziran"],
            ["jul", "july", "июль", "июля", "июл", "липень", "липня", "лип", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "temmuz"],
            ["aug", "august", "август", "августа", "авг", "серпень", "серпня", "серп", "сер", "août", "aout", "agosto", "ago", "ağustos", "agustos"],
            ["sep", "sept", "september", "сентябрь", "сентября", "сен", "сент", "вересень", "вересня", "вер", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "eylül", "eylul"],
            ["oct", "october", "октябрь", "октября", "окт", "жовтень", "жовтня", "жовт", "жов", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "ekim"],
            ["nov", "november", "ноябрь", "ноября", "ноя", "листопад", "листопада", "лист", "лис", "novembre", "noviembre", "novembro", "kasım", "kasim"],
            ["dec", "december", "декабрь", "декабря", "дек", "грудень", "грудня", "груд", "гру", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "aralık", "aralik"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i])
            {
                map[n] = i + 1;
            }
        }

        return map;
    }

    private static bool TryDate(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            var a = int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture);
            var c = int.Parse(numeric.Groups["c"].Value, CultureInfo.InvariantCulture);
            if (numeric.Groups["a"].Value.Length == 4)
            {
                (year, month, day) = (a, b, c);
            }
            else
            {
                year = numeric.Groups["c"].Value.Length == 2 ? 2000 + c : c;
                // Dots and dashes are European (day first); a slash is US (month first) unless that is impossible.
                var dayFirst = numeric.Groups["sep"].Value != "/" || a > 12;
                (month, day) = dayFirst ? (b, a) : (a, b);
            }

            return month is >= 1 and <= 12 && day is >= 1 and <= 31;
        }

        var numbers = new List<string>();
        var monthWordLength = 0;
        foreach (Match token in Token().Matches(text))
        {
            var v = token.Value;
            if (char.IsDigit(v[0]))
            {
                numbers.Add(v);
            }
            else if (Months.TryGetValue(v.ToLowerInvariant().TrimEnd('.'), out var m) && v.TrimEnd('.').Length >= monthWordLength)
            {
                // The longest month-like word wins: French "mar." (mardi) must not beat "novembre".
                month = m;
                monthWordLength = v.TrimEnd('.').Length;
            }
        }

        foreach (var n in numbers.Where(n => n.Length <= 4))
        {
            var value = int.Parse(n, CultureInfo.InvariantCulture);
            if (n.Length == 4 && year == 0)
            {
                year = value;
            }
            else if (n.Length <= 2 && day == 0 && value is >= 1 and <= 31)
            {
                day = value;
            }
            else if (n.Length == 2 && year == 0)
            {
                year = value < 70 ? 2000 + value : 1900 + value;
            }
        }

        return month > 0 && day > 0 && year > 0;
    }

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,4})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<c>\d{2,4})(?!\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\d+|\p{L}+\.?")]
    private static partial Regex Token();
}

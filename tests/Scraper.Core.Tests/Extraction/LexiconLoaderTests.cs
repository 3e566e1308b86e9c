using Scraper.Extraction;
using Scraper.Extraction.Lexicons;

namespace Scraper.Core.Tests.Extraction;

public sealed class LexiconLoaderTests
{
    private static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "data", "lexicons");

    [Fact]
    public void Load_ShippedLexicons_HaveNoErrors()
    {
        var errors = new List<DataFileError>();

        Assert.NotNull(LexiconLoader.Load(Shipped, errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Load_UnknownFieldAndBadType_ReportsFileLineAndField()
    {
        var errors = LoadEdited(dir =>
        {
            File.WriteAllText(Path.Combine(dir, "groups.json"), "{\n  \"version\": \"1\",\n  \"groups\": [ { \"name\": \"ISIS\", \"aliasses\": [] } ]\n}");
            EditActors(dir, a => a.Replace("\"type\": \"monitor\"", "\"type\": \"observer\"", StringComparison.Ordinal));
        });

        Assert.Contains(errors, e => e.File == "groups.json" && e.Location == "line 3" && e.Field.Contains("aliasses", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.File == "actors.json" && e.Location.Contains("sohr", StringComparison.Ordinal) && e.Field == "type");
    }

    [Fact]
    public void Load_ReferenceToAnUnknownMinistryOrSpeaker_IsReported()
    {
        var errors = LoadEdited(dir => EditActors(dir, a => a
            .Replace("\"home_ministry\": \"syrian_government\"", "\"home_ministry\": \"no_such_ministry\"", StringComparison.Ordinal)
            .Replace("\"refers\": \"agency\"", "\"refers\": \"newspaper\"", StringComparison.Ordinal)));

        Assert.Contains(errors, e => e.Location.Contains("sana", StringComparison.Ordinal) && e.Field == "home_ministry");
        Assert.Contains(errors, e => e.Location.Contains("generic_agency", StringComparison.Ordinal) && e.Field == "refers");
    }

    [Fact]
    public void Load_OfficeHolderOfAnUnknownOfficeOrWithOverlappingTerms_IsReported()
    {
        var errors = LoadEdited(dir =>
        {
            var path = Path.Combine(dir, "office-holders.json");
            File.WriteAllText(path, File.ReadAllText(path)
                .Replace("\"office\": \"governor\", \"seat\": \"Voronezh\"", "\"office\": \"sheriff\", \"seat\": \"Voronezh\"", StringComparison.Ordinal)
                .Replace("\"person\": \"Alexei Smirnov\", \"from\": \"2024-05-15\"", "\"person\": \"Alexei Smirnov\", \"from\": \"2024-05-01\"", StringComparison.Ordinal));
        });

        Assert.Contains(errors, e => e.File == "office-holders.json" && e.Location.Contains("Alexander Gusev", StringComparison.Ordinal) && e.Field == "office");
        Assert.Contains(errors, e => e.File == "office-holders.json" && e.Location.Contains("Alexei Smirnov", StringComparison.Ordinal) && e.Field == "from");
    }

    /// <summary>Loads a copy of the shipped lexicons after <paramref name="edit"/>; the load must fail with errors.</summary>
    private static List<DataFileError> LoadEdited(Action<string> edit)
    {
        var dir = Directory.CreateTempSubdirectory("lexicons").FullName;
        try
        {
            foreach (var f in Directory.GetFiles(Shipped, "*.json"))
            {
                File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            }

            edit(dir);
            var errors = new List<DataFileError>();
            Assert.Null(LexiconLoader.Load(dir, errors));
            return errors;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void EditActors(string dir, Func<string, string> edit) =>
        File.WriteAllText(Path.Combine(dir, "actors.json"), edit(File.ReadAllText(Path.Combine(dir, "actors.json"))));
}

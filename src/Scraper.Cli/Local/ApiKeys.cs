using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Scraper.Cli.Local;

/// <summary>
/// Keys for `scraper serve`: Api:ReadKey / Api:AdminKey from settings, else generated once and kept in
/// the local data folder (keys.json) so they survive restarts.
/// </summary>
internal sealed record ApiKeys(string ReadKey, string AdminKey, bool Generated)
{
    public static ApiKeys Resolve(IConfiguration configuration, string? dataFolder)
    {
        var read = configuration["Api:ReadKey"];
        var admin = configuration["Api:AdminKey"];
        if (!string.IsNullOrWhiteSpace(read) && !string.IsNullOrWhiteSpace(admin))
        {
            return new ApiKeys(read, admin, false);
        }

        var folder = dataFolder ?? Path.Combine(RepositoryRoot.Find() ?? Directory.GetCurrentDirectory(), ".azurite");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "keys.json");
        Stored? stored = File.Exists(path) ? JsonSerializer.Deserialize<Stored>(File.ReadAllText(path)) : null;
        if (stored is null)
        {
            stored = new Stored(NewKey(), NewKey());
            File.WriteAllText(path, JsonSerializer.Serialize(stored));
        }

        return new ApiKeys(string.IsNullOrWhiteSpace(read) ? stored.ReadKey : read, string.IsNullOrWhiteSpace(admin) ? stored.AdminKey : admin, true);
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_');

    private sealed record Stored(string ReadKey, string AdminKey);
}

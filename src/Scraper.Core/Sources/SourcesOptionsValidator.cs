using Microsoft.Extensions.Options;

namespace Scraper.Sources;

/// <summary>Fails start-up when the catalogue file has mistakes, listing every one (file, source id, field).</summary>
public sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var path = options.ResolvedCatalogPath;
        if (!File.Exists(path))
        {
            return ValidateOptionsResult.Fail($"{path}: catalogue file not found (setting Sources:CatalogPath)");
        }

        var (_, errors) = SourceCatalogLoader.Validate(path, File.ReadAllText(path));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
    }
}

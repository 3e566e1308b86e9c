using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Scraper.Hosting;

/// <summary>Start-up checks for hosts without the Generic Host's ValidateOnStart (the CLI, tests).</summary>
public static class ScraperStartup
{
    /// <summary>Runs every registered start-up validation; throws OptionsValidationException listing failures.</summary>
    public static void ValidateOptions(IServiceProvider services)
    {
        var validator = services.GetService<IStartupValidator>();
        validator?.Validate();
    }
}

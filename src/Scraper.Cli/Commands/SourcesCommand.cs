using System.CommandLine;

namespace Scraper.Cli.Commands;

/// <summary>`scraper sources ...`: tools for source authors (check, try).</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "Tools for source authors: validate the catalogue, try one source live");
        command.Subcommands.Add(SourcesCheckCommand.Create());
        command.Subcommands.Add(SourcesTryCommand.Create());
        return command;
    }

    /// <summary>--file: the catalogue to use (default: data/sources.json next to the binaries).</summary>
    public static Option<FileInfo?> CatalogOption() =>
        new("--file") { Description = "Catalogue file (default: data/sources.json beside the scraper binary)" };

    public static string CatalogPath(FileInfo? file) =>
        file?.FullName ?? Path.Combine(AppContext.BaseDirectory, "data", "sources.json");
}

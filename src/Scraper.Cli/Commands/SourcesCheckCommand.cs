using System.CommandLine;
using Scraper.Sources;

namespace Scraper.Cli.Commands;

/// <summary>`scraper sources check [--file F]`: every mistake with file, source id and field; exit 1 on any.</summary>
internal static class SourcesCheckCommand
{
    public static Command Create()
    {
        var file = SourcesCommand.CatalogOption();
        var command = new Command("check", "Validate the source catalogue and print every mistake (file, source id, field)") { file };
        command.SetAction((parse, cancellationToken) =>
        {
            var path = SourcesCommand.CatalogPath(parse.GetValue(file));
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: file not found");
                return Task.FromResult(2);
            }

            var (sources, errors) = SourceCatalogLoader.Validate(path, File.ReadAllText(path));
            foreach (var error in errors)
            {
                Console.Out.WriteLine(error.ToString());
            }

            var enabled = sources.Count(s => s.Enabled);
            Console.Error.WriteLine(errors.Count == 0
                ? $"{path}: {sources.Count} sources valid ({enabled} enabled, {sources.Count - enabled} disabled)"
                : $"{path}: {errors.Count} error(s)");
            return Task.FromResult(errors.Count == 0 ? 0 : 1);
        });
        return command;
    }
}

using System.CommandLine;
using Scraper.Cli.Commands;

// Table of contents: one command per file under Commands/.
var root = new RootCommand("Scraper: polls ministry channels and news for strike claims, stores them and serves daily diffs.");
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(PollCommand.Create());
root.Subcommands.Add(DiffCommand.Create());
root.Subcommands.Add(PublishCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(WebhooksCommand.Create());
root.Subcommands.Add(FeedCommand.Create());
root.Subcommands.Add(ArticleCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());
return await root.Parse(args).InvokeAsync();

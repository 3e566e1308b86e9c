using System.CommandLine;

namespace Scraper.Cli.Commands;

/// <summary>`scraper webhooks listen|subscribe|list|ping`.</summary>
internal static class WebhooksCommand
{
    public static Command Create()
    {
        var command = new Command("webhooks", "Webhook tools: a local verifying receiver, and subscription admin against `scraper serve`");
        command.Subcommands.Add(WebhooksListenCommand.Create());
        command.Subcommands.Add(WebhooksAdminCommands.Subscribe());
        command.Subcommands.Add(WebhooksAdminCommands.List());
        command.Subcommands.Add(WebhooksAdminCommands.Ping());
        return command;
    }
}

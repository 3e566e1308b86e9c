using Azure.Core;
using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Scraper.Hosting;

namespace Scraper.Functions.Telemetry;

/// <summary>
/// Exports the "Scraper" meter (runs, items, claims, durations, failures per source) to Application
/// Insights. Logs are not exported here: they already reach Application Insights through the Functions
/// host, and exporting them from the worker too would duplicate every trace.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string AuthenticationSetting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    public static IServiceCollection AddScraperTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration[ConnectionStringSetting];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services; // local runs: metrics stay in-process (dotnet-counters can still read them)
        }

        var credential = CredentialFor(configuration[AuthenticationSetting]);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ScraperMetrics.MeterName)
            .AddAzureMonitorMetricExporter(o =>
            {
                o.ConnectionString = connectionString;
                o.Credential = credential;
            }));
        return services;
    }

    /// <summary>
    /// "ClientId=&lt;guid&gt;;Authorization=AAD" (the setting the host itself uses) selects the user-assigned
    /// identity; "Authorization=AAD" alone the system identity; absent means key-based ingestion.
    /// </summary>
    public static TokenCredential? CredentialFor(string? authenticationString)
    {
        var parts = (authenticationString ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(kv => kv.Length == 2)
            .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("Authorization", out var mode) || !string.Equals(mode, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return parts.TryGetValue("ClientId", out var clientId) && !string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}

using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using Scraper.Functions.Telemetry;

namespace Scraper.IntegrationTests.Telemetry;

/// <summary>Pure checks of the worker's telemetry wiring (no Azurite, no exporter started).</summary>
public sealed class TelemetryServiceCollectionExtensionsTests
{
    [Fact]
    public void CredentialFor_UserAssignedIdentityString_ReturnsManagedIdentityCredential() =>
        Assert.IsType<ManagedIdentityCredential>(
            TelemetryServiceCollectionExtensions.CredentialFor("ClientId=00000000-0000-0000-0000-000000000001;Authorization=AAD"));

    [Fact]
    public void CredentialFor_AadWithoutClientId_ReturnsSystemIdentityCredential() =>
        Assert.IsType<ManagedIdentityCredential>(TelemetryServiceCollectionExtensions.CredentialFor("Authorization=AAD"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ClientId=abc")]
    [InlineData("garbage;;=")]
    public void CredentialFor_NoAadAuthorization_ReturnsNull(string? authenticationString) =>
        Assert.Null(TelemetryServiceCollectionExtensions.CredentialFor(authenticationString));

    [Fact]
    public void AddScraperTelemetry_WithoutConnectionString_RegistersNoExporter()
    {
        var services = new ServiceCollection().AddScraperTelemetry(Config([]));

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(MeterProvider));
    }

    [Fact]
    public void AddScraperTelemetry_WithConnectionString_RegistersMeterProvider()
    {
        var services = new ServiceCollection().AddScraperTelemetry(Config(new()
        {
            [TelemetryServiceCollectionExtensions.ConnectionStringSetting] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://ingest.invalid/",
            [TelemetryServiceCollectionExtensions.AuthenticationSetting] = "ClientId=00000000-0000-0000-0000-000000000001;Authorization=AAD",
        }));

        Assert.Contains(services, d => d.ServiceType == typeof(MeterProvider));
    }

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

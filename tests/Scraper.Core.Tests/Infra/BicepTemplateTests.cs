using System.Text.Json;
using System.Text.RegularExpressions;
using Scraper.Storage;

namespace Scraper.Core.Tests.Infra;

/// <summary>Key facts of infra/ checked as text, so a refactor of the Bicep cannot silently drop them.</summary>
public sealed class BicepTemplateTests
{
    private static readonly string Bicep = RepoFiles.AllBicep();

    [Theory]
    [InlineData("allowSharedKeyAccess: false")]
    [InlineData("allowBlobPublicAccess: false")]
    [InlineData("minimumTlsVersion: 'TLS1_2'")]
    [InlineData("supportsHttpsTrafficOnly: true")]
    [InlineData("httpsOnly: true")]
    [InlineData("sku: { name: 'FC1', tier: 'FlexConsumption' }")]
    [InlineData("runtime: { name: 'dotnet-isolated', version: '10.0' }")]
    [InlineData("instanceMemoryMB: instanceMemoryMB")]
    [InlineData("maximumInstanceCount: maximumInstanceCount")]
    [InlineData("type: 'UserAssignedIdentity'")]
    [InlineData("AzureWebJobsStorage__credential: 'managedidentity'")]
    [InlineData("AzureWebJobsStorage__clientId: identityClientId")]
    [InlineData("AzureWebJobsStorage__blobServiceUri: storageEndpoints.blob")]
    [InlineData("AzureWebJobsStorage__queueServiceUri: storageEndpoints.queue")]
    [InlineData("AzureWebJobsStorage__tableServiceUri: storageEndpoints.table")]
    [InlineData("DisableLocalAuth: true")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'")]
    [InlineData("'Microsoft.Storage/storageAccounts/managementPolicies@")]
    public void Template_Contains_SecurityAndHostingFact(string fact) =>
        Assert.Contains(fact, Bicep, StringComparison.Ordinal);

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb")] // Monitoring Metrics Publisher
    public void Template_AssignsRole(string roleDefinitionId) =>
        Assert.Contains($"'{roleDefinitionId}'", Bicep, StringComparison.Ordinal);

    [Theory]
    [InlineData("Claims")]
    [InlineData("Changes")]
    [InlineData("Documents")]
    [InlineData("Runs")]
    [InlineData("SourceState")]
    [InlineData("Sources")]
    [InlineData("PublishedDays")]
    [InlineData("Subscriptions")]
    [InlineData("Deliveries")]
    [InlineData("poll-requests")]
    [InlineData("webhook-deliveries")]
    [InlineData("snapshots")]
    [InlineData("diffs")]
    public void Template_CreatesStorageName(string name) =>
        Assert.Contains($"'{name}'", Bicep, StringComparison.Ordinal);

    [Fact]
    public void Template_CreatesEveryNameInStorageNames()
    {
        var names = StorageNames.Tables.Concat(StorageNames.Queues).Concat(StorageNames.Containers);
        Assert.All(names, name => Assert.Contains($"'{name}'", Bicep, StringComparison.Ordinal));
    }

    [Fact]
    public void Template_CreatesPoisonQueueForEveryWorkQueue()
    {
        // Poison names are derived in Bicep (map(... '${q}-poison')): check the derivation and the inputs.
        Assert.Contains("map(workQueueNames, q => '${q}-poison')", Bicep, StringComparison.Ordinal);
        Assert.All(StorageNames.Queues, q => Assert.Equal(q + "-poison", StorageNames.Poison(q)));
    }

    [Fact]
    public void Template_UsesNoRegistryModules()
    {
        // Registry modules (br/public:, br:, ts:) need a network restore; CI compiles offline.
        var modules = Regex.Matches(Bicep, @"^module\s+\w+\s+'(?<path>[^']+)'", RegexOptions.Multiline);
        Assert.NotEmpty(modules);
        Assert.All(modules, m => Assert.Matches(@"^app/[\w-]+\.bicep$", m.Groups["path"].Value));
        Assert.DoesNotContain("'br/public:", Bicep, StringComparison.Ordinal);
        Assert.DoesNotContain("'br:", Bicep, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_SetsNoFlexDeprecatedAppSettings()
    {
        string[] deprecated = ["FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE", "AzureWebJobsStorage__accountKey"];
        Assert.All(deprecated, name => Assert.DoesNotContain(name, Bicep, StringComparison.Ordinal));
    }

    [Fact]
    public void ParametersFile_NamesOnlyDeclaredParameters_AndEveryRequiredOne()
    {
        var main = RepoFiles.Read("infra/main.bicep");
        using var doc = JsonDocument.Parse(RepoFiles.Read("infra/main.parameters.json"));
        var given = doc.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();
        var declared = Regex.Matches(main, @"^param\s+(?<name>\w+)\s+\w+(?<default>\s*=)?", RegexOptions.Multiline);

        Assert.All(given, name => Assert.Contains(declared, d => d.Groups["name"].Value == name));
        Assert.All(declared.Where(d => !d.Groups["default"].Success), d => Assert.Contains(d.Groups["name"].Value, given));
    }

    [Fact]
    public void AzureYaml_DeploysFunctionsProjectAsFunctionHost()
    {
        var yaml = RepoFiles.Read("azure.yaml");
        Assert.Contains("project: ./src/Scraper.Functions", yaml, StringComparison.Ordinal);
        Assert.Contains("host: function", yaml, StringComparison.Ordinal);
        Assert.Contains("language: dotnet", yaml, StringComparison.Ordinal);
        Assert.Contains("'azd-service-name': 'functions'", Bicep, StringComparison.Ordinal);
    }
}

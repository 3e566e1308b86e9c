using Scraper.Hosting;
using Scraper.Storage;

namespace Scraper.Core.Tests.Hosting;

public sealed class StorageOptionsValidatorTests
{
    private static readonly StorageOptionsValidator Validator = new();

    [Fact]
    public void RunRetentionUnderOneDay_FailsNamingTheSetting()
    {
        var result = Validator.Validate(null, new StorageOptions { ConnectionString = "UseDevelopmentStorage=true", RunRetention = TimeSpan.FromHours(6) });

        Assert.True(result.Failed);
        Assert.Contains("Storage:RunRetention", result.FailureMessage);
    }

    [Fact]
    public void DefaultRunRetention_WithConnectionString_Succeeds()
    {
        var options = new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" };

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromDays(90), options.RunRetention);
    }

    [Fact]
    public void NoConnectionStringAndNoServiceUris_Fails()
    {
        Assert.True(Validator.Validate(null, new StorageOptions()).Failed);
    }
}

using Scraper.Storage;

namespace Scraper.Sources;

/// <summary>The health word shown by GET /api/sources: ok, failing, silent or disabled.</summary>
public static class SourceStatus
{
    public const string Ok = "ok";
    public const string Failing = "failing";
    public const string Silent = "silent";
    public const string Disabled = "disabled";

    /// <summary>Disabled wins; then failing (3 failed runs in a row); then silent (nothing new within the expected period).</summary>
    public static string Of(SourceDefinition source, SourceHealth health, DateTimeOffset now) =>
        !source.Enabled ? Disabled
        : health.IsFailing ? Failing
        : health.IsSilent(source.ExpectedUpdatePeriod, now) ? Silent
        : Ok;
}

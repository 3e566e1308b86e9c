using Microsoft.Extensions.Options;

namespace Scraper.Fetching;

/// <summary>Cross-field checks the data annotations on <see cref="FetchOptions"/> cannot express.</summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions o)
    {
        var errors = new List<string>();
        if (o.TotalTimeout < o.AttemptTimeout)
        {
            errors.Add($"Fetching:TotalTimeout ({o.TotalTimeout}) must be at least Fetching:AttemptTimeout ({o.AttemptTimeout})");
        }

        if (o.MaxHostDelay < o.MinHostDelay)
        {
            errors.Add($"Fetching:MaxHostDelay ({o.MaxHostDelay}) must be at least Fetching:MinHostDelay ({o.MinHostDelay})");
        }

        if (o.MaxInlineRetryAfter > o.MaxRetryAfter)
        {
            errors.Add("Fetching:MaxInlineRetryAfter must not exceed Fetching:MaxRetryAfter");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

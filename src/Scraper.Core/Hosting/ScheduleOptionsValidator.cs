using Microsoft.Extensions.Options;
using Scraper.Sources;

namespace Scraper.Hosting;

/// <summary>Both schedules must parse as the host parses them (NCRONTAB with seconds).</summary>
public sealed class ScheduleOptionsValidator : IValidateOptions<ScheduleOptions>
{
    public ValidateOptionsResult Validate(string? name, ScheduleOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, value) in new[] { ("DispatchSchedule", options.DispatchSchedule), ("PublishSchedule", options.PublishSchedule) })
        {
            if (value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 6 || SourceSchedule.TryParse(value, out var error) is null)
            {
                failures.Add($"{key} '{value}' is not a 6-field NCRONTAB expression (sec min hour day month dow)");
            }
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}

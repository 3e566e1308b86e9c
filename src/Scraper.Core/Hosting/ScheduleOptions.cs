using System.ComponentModel.DataAnnotations;

namespace Scraper.Hosting;

/// <summary>
/// Timer schedules (6-field NCRONTAB, UTC). Top-level settings because the Functions timer triggers
/// bind them as %DispatchSchedule% / %PublishSchedule%; the local runner reads the same keys.
/// </summary>
public sealed class ScheduleOptions
{
    public const string DefaultDispatchSchedule = "0 */5 * * * *";
    public const string DefaultPublishSchedule = "0 15 0 * * *";

    [Required]
    public string DispatchSchedule { get; set; } = DefaultDispatchSchedule;

    [Required]
    public string PublishSchedule { get; set; } = DefaultPublishSchedule;
}

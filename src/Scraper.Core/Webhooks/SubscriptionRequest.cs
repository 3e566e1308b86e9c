using System.Text.Json;
using System.Text.Json.Nodes;
using Scraper.Webhooks.Subscriptions;

namespace Scraper.Webhooks;

/// <summary>
/// A parsed POST/PATCH body. Absent fields stay null (PATCH leaves them unchanged); a mistake is
/// reported as (parameter, detail) so the handler answers a 400 naming the field.
/// </summary>
public sealed record SubscriptionRequest(string? Url, IReadOnlyList<string>? EventTypes, SubscriptionFilters? Filters, string? Description, bool? Enabled)
{
    public static (SubscriptionRequest? Request, string? Parameter, string? Error) Parse(JsonNode? body)
    {
        if (body is not JsonObject o)
        {
            return (null, "body", "the body must be a JSON object");
        }

        try
        {
            foreach (var (name, _) in o)
            {
                if (name is not ("url" or "event_types" or "filters" or "description" or "enabled"))
                {
                    return (null, name, $"unknown field '{name}'");
                }
            }

            var types = o["event_types"] is { } t ? Strings(t) : null;
            if (types?.FirstOrDefault(x => !WebhookEventTypes.IsKnown(x)) is { } bad)
            {
                return (null, "event_types", $"unknown event type '{bad}'; known: {string.Join(", ", WebhookEventTypes.All)}");
            }

            SubscriptionFilters? filters = null;
            if (o["filters"] is { } f)
            {
                if (f is not JsonObject fo)
                {
                    return (null, "filters", "filters must be an object");
                }

                if (fo.Select(p => p.Key).FirstOrDefault(k => !SubscriptionFilters.Names.Contains(k)) is { } unknown)
                {
                    return (null, "filters", $"unknown filter '{unknown}'; known: {string.Join(", ", SubscriptionFilters.Names)}");
                }

                filters = new SubscriptionFilters
                {
                    Country = Strings(fo["country"]), Attacker = Strings(fo["attacker"]), Claimant = Strings(fo["claimant"]),
                    Source = Strings(fo["source"]), TargetGroup = Strings(fo["target_group"]), Kind = Strings(fo["kind"]),
                };
            }

            var description = o["description"]?.GetValue<string>();
            if (description is { Length: > 500 })
            {
                return (null, "description", "at most 500 characters");
            }

            return (new SubscriptionRequest(o["url"]?.GetValue<string>(), types, filters, description, o["enabled"]?.GetValue<bool>()), null, null);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            return (null, "body", "a field has the wrong type: " + e.Message);
        }
    }

    /// <summary>A string or an array of strings.</summary>
    private static IReadOnlyList<string> Strings(JsonNode? node) => node switch
    {
        null => [],
        JsonArray a => a.Select(x => x!.GetValue<string>()).Where(x => x.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
        _ => [node.GetValue<string>()],
    };
}

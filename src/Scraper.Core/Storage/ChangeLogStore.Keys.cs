using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace Scraper.Storage;

public sealed partial class ChangeLogStore
{
    /// <summary>Key-only pass over a day: each claim's last version that day, and the row count.</summary>
    public async Task<(Dictionary<string, int> LastVersionOf, int Rows, string? LastRowKey)> ScanDayKeysAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var pk = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {pk}");
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        string? lastRow = null;
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey", "ClaimId", "Version"], cancellationToken: cancellationToken))
        {
            last[e.GetString("ClaimId")] = e.GetInt32("Version") ?? 0;
            rows++;
            lastRow = e.RowKey;
        }

        return (last, rows, lastRow);
    }
}

using Azure.Data.Tables;
using Scraper.Storage;

namespace Scraper.Core.Tests.Storage;

/// <summary>Azurite accepts batches that mix partitions (Azurite #1215) and Azure does not: we must refuse them ourselves.</summary>
public sealed class TableBatchesTests
{
    [Fact]
    public void EnsureSinglePartition_MixedPartitionKeys_Throws()
    {
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.UpsertReplace, new TableEntity("a", "1")),
            new(TableTransactionActionType.UpsertReplace, new TableEntity("b", "1")),
        ];

        Assert.Throws<ArgumentException>(() => TableBatches.EnsureSinglePartition(actions));
    }

    [Fact]
    public void EnsureSinglePartition_MoreThanHundredActions_Throws()
    {
        var actions = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("a", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();

        Assert.Throws<ArgumentException>(() => TableBatches.EnsureSinglePartition(actions));
    }

    [Fact]
    public void Split_ManyPartitions_YieldsSinglePartitionBatchesOfAtMostHundred()
    {
        var actions = Enumerable.Range(0, 250).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity((i % 2).ToString(System.Globalization.CultureInfo.InvariantCulture), i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var batches = TableBatches.Split(actions).ToList();

        Assert.All(batches, b => TableBatches.EnsureSinglePartition(b));
        Assert.Equal(250, batches.Sum(b => b.Count));
    }
}

using System.Xml.Linq;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace ChallengeHub.Silo.Access;

/// <summary>
/// Keeps the data-protection key ring (which signs session cookies and bearer tokens) in the same storage account as the
/// grains, so that sessions survive a restart and every silo of a cluster reads the same keys.
/// </summary>
internal sealed class TableXmlRepository(TableServiceClient tables) : IXmlRepository
{
    private const string PartitionKey = "keys";
    private readonly TableClient _table = tables.GetTableClient("ChallengeHubKeys");
    private bool _created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureTable();
        return [.. _table.Query<TableEntity>(e => e.PartitionKey == PartitionKey).Select(e => XElement.Parse(e.GetString("Xml")))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureTable();
        _table.UpsertEntity(new TableEntity(PartitionKey, friendlyName) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) });
    }

    private void EnsureTable()
    {
        if (!_created)
        {
            _table.CreateIfNotExists();
            _created = true;
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ChallengeHub.Silo.Tests.Access;
using PdfSharp.Pdf.IO;

namespace ChallengeHub.Silo.Tests.Profiles;

/// <summary>The printable profile a pupil takes home: a real PDF with the name they typed, which ChallengeHub keeps nowhere.</summary>
public sealed class ProfilePdfTests(SiloFixture silo)
{
    [Fact]
    public async Task TheProfilePdfCarriesTheTypedNameWhichIsStoredNowhere()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateClient();
        var name = $"Lotte Vermeulen {Guid.NewGuid():N}";

        using var response = await anyone.PostAsJsonAsync("/api/profile/pdf?ui-culture=nl", new { recoveryCodes = new[] { world.FirstCode, world.SecondCode }, name }, ApiClient.Json, cancellationToken);
        var pdf = await response.Content.ReadAsByteArrayAsync(cancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 1);
        Assert.Equal($"Wat ik kan – {name}", document.Info.Title);
        Assert.Empty(await StoredPlacesOfAsync(name, cancellationToken));

        // The same scan finds what is stored, such as the title of Lotte's milestone: it can see a name if one were kept.
        Assert.NotEmpty(await StoredPlacesOfAsync(world.OwnMilestone.Title, cancellationToken));
    }

    [Fact]
    public async Task AWrongCodeOrAnOverlongNameGetsAProblemAndNoPdf()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var world = await ProfileWorld.CreateAsync(silo);
        using var anyone = silo.CreateClient();

        using var wrong = await anyone.PostAsJsonAsync("/api/profile/pdf", new { recoveryCodes = new[] { "ABCDEFGHJKLMNPQR" }, name = "" }, ApiClient.Json, cancellationToken);
        using var overlong = await anyone.PostAsJsonAsync("/api/profile/pdf", new { recoveryCodes = new[] { world.FirstCode }, name = new string('x', 200) }, ApiClient.Json, cancellationToken);

        await wrong.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await overlong.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    /// <summary>Every table entity and blob of the Silo's storage whose content holds <paramref name="text"/>.</summary>
    private async Task<List<string>> StoredPlacesOfAsync(string text, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var needle = Encoding.UTF8.GetBytes(text);
        var tables = new TableServiceClient(silo.StorageConnectionString);
        await foreach (var table in tables.QueryAsync(cancellationToken: cancellationToken))
        {
            await foreach (var entity in tables.GetTableClient(table.Name).QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                if (entity.Keys.Select(k => entity[k]).Any(v => v is string s ? s.Contains(text, StringComparison.Ordinal) : v is byte[] b && b.AsSpan().IndexOf(needle) >= 0))
                {
                    found.Add($"table {table.Name} {entity.PartitionKey}/{entity.RowKey}");
                }
            }
        }

        var blobs = new BlobServiceClient(silo.StorageConnectionString);
        await foreach (var container in blobs.GetBlobContainersAsync(cancellationToken: cancellationToken))
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(cancellationToken: cancellationToken))
            {
                var content = (await client.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
                if (content.AsSpan().IndexOf(needle) >= 0)
                {
                    found.Add($"blob {container.Name}/{blob.Name}");
                }
            }
        }

        return found;
    }
}

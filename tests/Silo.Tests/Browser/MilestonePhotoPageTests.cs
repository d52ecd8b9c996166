using System.Net.Http.Json;
using ChallengeHub.Grains.Milestones;
using ChallengeHub.Silo.Tests.Evidence;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace ChallengeHub.Silo.Tests.Browser;

[Collection(BrowserFixture.Collection)]
public sealed class MilestonePhotoPageTests(SiloFixture silo, BrowserFixture browser)
{
    [Fact]
    public async Task PupilsAddAPhotoToTheirMilestoneAndARefusedFileIsPointedOut()
    {
        using var http = silo.CreateClient();
        var challenge = await http.CreateChallengeAsync();
        var team = await http.RegisterTeamAsync(challenge.Id, "De Lasbrillen");
        await using var context = await browser.NewContextAsync(new() { BaseURL = silo.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();

        await page.JoinOnTabletAsync(team.JoinCode, "Ilias");
        await page.GetByLabel("Wat hebben jullie gedaan?").FillAsync("Frame gelast");
        var photo = page.GetByLabel("Foto van jullie werk");

        await photo.SetInputFilesAsync(new FilePayload { Name = "foto.jpg", MimeType = "image/jpeg", Buffer = "#!/bin/sh\necho hallo\n"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        // The page's own Dutch words for the refusal's type, not the server's English detail.
        await Expect(page.Locator("#form-alert")).ToHaveTextAsync("Dit is geen foto die ChallengeHub kan bewaren: kies een JPEG-, PNG- of WebP-foto.");
        await Expect(photo).ToHaveAttributeAsync("aria-invalid", "true");

        await photo.SetInputFilesAsync(new FilePayload { Name = "foto.png", MimeType = "image/png", Buffer = TestPhotos.Encode(64, 48, SKEncodedImageFormat.Png) });
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Voorbeeld van jullie foto" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal opslaan" }).ClickAsync();
        await Expect(page.GetByText("Opgeslagen!")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Voorbeeld van jullie foto" })).ToBeHiddenAsync();

        var stored = Assert.Single(await http.ListPhotosAsync(team));
        var ilias = Assert.Single(await http.GetFromJsonAsync<ChallengeHub.Grains.Teams.Pupil[]>(
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/pupils", ApiClient.Json, TestContext.Current.CancellationToken) ?? []);
        Assert.Equal(ilias.Id, stored.UploadedBy);
        var milestones = await http.GetFromJsonAsync<Milestone[]>(
            $"/api/challenges/{challenge.Id}/teams/{team.Id}/milestones", ApiClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal([stored.Id], Assert.Single(milestones!).PhotoIds!.Value);
        Assert.Equal(ilias.Id, milestones!.Single().AuthorId);
    }
}

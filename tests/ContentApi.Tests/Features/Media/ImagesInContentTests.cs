using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Media;

/// <summary>Articles and authors carry their image as one ready-to-use object, set by media id through their write routes.</summary>
public sealed class ImagesInContentTests(MediaApiFactory factory) : IClassFixture<MediaApiFactory>
{
    private readonly HttpClient _editor = factory.CreateWriteClient();

    [Fact]
    public async Task FeaturedImage_SetById_AppearsOnTheArticle_AndInLists()
    {
        var image = await factory.UploadAsync(TestImages.Jpeg(1000, 600), "front.jpg", ("alt", "A front page"), ("credit", "AP"), ("focalPoint", "0.4,0.3"));
        var created = await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "With a picture", bodyHtml = "<p>Text.</p>", status = "published", featuredImageId = image.Int("id") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var article = await (await factory.CreateClient().GetAsync("/api/v1/articles/with-a-picture")).ReadJsonAsync();
        var featured = article.GetProperty("featuredImage");
        Assert.Equal((image.Str("url"), 1000, 600), (featured.Str("url"), featured.Int("width"), featured.Int("height")));
        Assert.Equal(("A front page", "AP"), (featured.Str("alt"), featured.Str("credit")));
        Assert.Equal(0.3, featured.GetProperty("focalPoint").GetProperty("y").GetDouble());
        Assert.Equal(image.Str("blurHash"), featured.GetProperty("placeholder").Str("blurHash"));
        Assert.Equal("(max-width: 1280px) 100vw, 1280px", featured.Str("sizes"));
        var version = image.Str("url").Split("v=")[1];
        var id = image.Int("id");
        Assert.Equal(
            $"/media/{id}/front.jpg?w=320&fmt=webp&v={version} 320w, /media/{id}/front.jpg?w=640&fmt=webp&v={version} 640w, " +
            $"/media/{id}/front.jpg?w=960&fmt=webp&v={version} 960w, /media/{id}/front.jpg?fmt=webp&v={version} 1000w",
            featured.Str("srcset"));

        var list = await (await factory.CreateClient().GetAsync("/api/v1/articles?pageSize=100")).ReadJsonAsync();
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.Str("slug") == "with-a-picture");
        Assert.Equal(featured.Str("srcset"), item.GetProperty("featuredImage").Str("srcset"));
        Assert.Equal(JsonValueKind.Null, list.GetProperty("items").EnumerateArray().First(i => i.Str("slug") != "with-a-picture").GetProperty("featuredImage").ValueKind);
    }

    [Fact]
    public async Task EverySrcsetUrl_ServesAWebpOfItsWidth()
    {
        var image = await factory.UploadAsync(TestImages.Jpeg(700, 350), "every.jpg");
        var srcset = image.GetProperty("image").Str("srcset");

        foreach (var candidate in srcset.Split(", "))
        {
            var (url, width) = (candidate.Split(' ')[0], int.Parse(candidate.Split(' ')[1].TrimEnd('w'), System.Globalization.CultureInfo.InvariantCulture));
            var response = await factory.CreateClient().GetAsync(url);
            Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
            using var served = NetVips.Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(width, served.Width);
        }
    }

    [Fact]
    public async Task Avatar_SetById_AppearsOnTheAuthor_AndUnknownIdIs400()
    {
        var image = await factory.UploadAsync(TestImages.Jpeg(400, 400), "face.jpg", ("alt", "Maya Haddad"));
        var created = await _editor.PostAsJsonAsync("/api/v1/authors", new { name = "Maya Haddad", avatarId = image.Int("id") });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var author = await (await factory.CreateClient().GetAsync("/api/v1/authors/maya-haddad")).ReadJsonAsync();
        Assert.Equal(("Maya Haddad", "96px"), (author.GetProperty("avatar").Str("alt"), author.GetProperty("avatar").Str("sizes")));

        await (await _editor.PostAsJsonAsync("/api/v1/authors", new { name = "Nobody", avatarId = 99999 })).AssertValidationProblemAsync("avatarId");
        await (await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "No image", featuredImageId = 99999 })).AssertValidationProblemAsync("featuredImageId");
    }

    [Fact]
    public async Task DeleteMedia_InUse_Returns409NamingTheUsers_ThenDeletesOnceFree()
    {
        var image = await factory.UploadAsync(TestImages.Jpeg(300, 300), "used.jpg");
        var id = image.Int("id");
        await _editor.PostAsJsonAsync("/api/v1/articles", new { title = "Uses the image", status = "draft", featuredImageId = id });
        await _editor.PostAsJsonAsync("/api/v1/authors", new { name = "Uses Too", avatarId = id });
        var etag = (await _editor.GetAsync($"/api/v1/media/{id}")).ETag();

        var problem = await (await _editor.DeleteAsync($"/api/v1/media/{id}", etag)).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("article 'uses-the-image'", problem.Detail());
        Assert.Contains("author 'uses-too'", problem.Detail());

        var article = await _editor.GetAsync("/api/v1/articles/uses-the-image?preview=true");
        await _editor.PatchAsync("/api/v1/articles/uses-the-image", new { featuredImageId = (int?)null }, article.ETag());
        var author = await _editor.GetAsync("/api/v1/authors/uses-too");
        await _editor.PatchAsync("/api/v1/authors/uses-too", new { avatarId = (int?)null }, author.ETag());

        Assert.Equal(HttpStatusCode.NoContent, (await _editor.DeleteAsync($"/api/v1/media/{id}", etag)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(image.Str("url"))).StatusCode);
        Assert.False(Directory.Exists(Path.Combine(factory.MediaPath, "variants", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}

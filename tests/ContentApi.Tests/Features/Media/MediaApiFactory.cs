using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Features.Media;

/// <summary>The app with a write key and a media folder of its own, removed afterwards.</summary>
public class MediaApiFactory : WriteApiFactory
{
    public string MediaPath { get; } = Path.Combine(Path.GetTempPath(), $"contentapi-media-{Guid.NewGuid():N}");

    protected override IEnumerable<(string Key, string Value)> Settings => [.. base.Settings, ("Media:Path", MediaPath), .. MediaSettings];

    protected virtual IEnumerable<(string Key, string Value)> MediaSettings => [];

    /// <summary>Uploads through multipart/form-data and returns the created item.</summary>
    public async Task<JsonElement> UploadAsync(byte[] image, string fileName = "photo.jpg", params (string Name, string Value)[] fields)
    {
        var response = await CreateWriteClient().PostAsync("/api/v1/media", Form(image, fileName, fields));
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static MultipartFormDataContent Form(byte[] image, string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(image);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        return form;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(MediaPath))
        {
            Directory.Delete(MediaPath, recursive: true);
        }
    }
}

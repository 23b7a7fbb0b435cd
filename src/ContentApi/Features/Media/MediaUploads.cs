using System.Security.Cryptography;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Media;
using ContentApi.Common.Text;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Media;

/// <summary>An upload, from bytes to a media item: read within the byte limit, checked, inspected, stored, then written like any item.</summary>
public sealed class MediaUploads(
    ItemWrites writes, MediaSpec spec, IMediaStore store, IValidator<MediaRequest> validator, IOptions<MediaOptions> options, TimeProvider clock)
{
    public async Task<Results<Created<MediaResponse>, ProblemHttpResult, ValidationProblem>> CreateAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var (upload, status, detail) = await MediaUpload.ReadAsync(http.Request, options.Value.MaxBytes, cancellationToken);
        if (upload is null)
        {
            return TypedResults.Problem(detail: detail, statusCode: status);
        }
        if (await validator.ValidateAsync(upload.Fields, cancellationToken) is { IsValid: false } invalid)
        {
            return Problems.Validation(invalid);
        }
        var inspection = await Task.Run(() => ImageInspector.Inspect(upload.Bytes, options.Value.MaxPixels), cancellationToken);
        if (inspection is not InspectedImage image)
        {
            var refusal = (ImageRefusal)inspection;
            return TypedResults.Problem(detail: refusal.Detail, statusCode: refusal.Status);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var key = $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.{image.Format.Extension()}";
        await store.SaveAsync(key, upload.Bytes, cancellationToken);
        var item = new MediaItem
        {
            FileName = $"{StemOf(upload.FileName)}.{image.Format.Extension()}",
            StorageKey = key,
            MimeType = image.Format.MimeType(),
            Width = image.Width,
            Height = image.Height,
            Bytes = upload.Bytes.Length,
            DominantColor = image.DominantColor,
            BlurHash = image.BlurHash,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes)),
            RenditionKey = "",
        };
        var written = (await writes.CreateAsync(spec, item, upload.Fields, http, cancellationToken)).Result;
        if (written is not Created<MediaResponse> created)
        {
            await store.DeleteAsync(key, cancellationToken);
            return (ProblemHttpResult)written;
        }
        return created;
    }

    /// <summary>The sender's file name as a slug, at most 80 characters; `image` when nothing of it is left.</summary>
    private static string StemOf(string? fileName) =>
        Slug.From(Path.GetFileNameWithoutExtension(fileName ?? "")) is { Length: > 0 } stem ? stem[..Math.Min(stem.Length, 80)].TrimEnd('-') : "image";
}

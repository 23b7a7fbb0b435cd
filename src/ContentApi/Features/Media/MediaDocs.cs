using ContentApi.Media;

namespace ContentApi.Features.Media;

/// <summary>The upload's form, as documented (the handler reads the form itself, so a raw image body works too).</summary>
/// <param name="File">The image: JPEG, PNG, WebP, GIF or AVIF (the format is read from the bytes).</param>
/// <param name="Alt">Text for `alt`.</param>
/// <param name="Caption">A caption.</param>
/// <param name="Credit">Who to credit.</param>
/// <param name="FocalPoint">`x,y`, each from 0 to 1, e.g. `0.5,0.35`; left out: the centre.</param>
/// <param name="Slug">The URL file name without extension; left out: from the file's name.</param>
public sealed record MediaUploadRequest(IFormFile File, string? Alt, string? Caption, string? Credit, string? FocalPoint, string? Slug);

internal static class MediaDocs
{
    public const string Upload =
        "Uploads an image, as `multipart/form-data` (the image in a `file` part, plus `alt`, `caption`, `credit`, `focalPoint` as `x,y` and `slug`) " +
        "or as the raw body with an `image/*` or `application/octet-stream` content type (the same fields as query parameters, the file name from " +
        "`fileName` or `Content-Disposition`). The format is read from the bytes, never from the content type or the name: " + ImageFormats.AcceptedText +
        "; SVG is refused. 413 past `Media:MaxBytes` (20 MB); 422 when the header says more than `Media:MaxPixels` (50 megapixels; checked before " +
        "anything is decoded), when the file is truncated or damaged, or when it also holds HTML. Width and height are upright (EXIF orientation " +
        "applied); variants never carry EXIF, location or other metadata. Answers 201 with `Location`, the item (dominant colour and BlurHash " +
        "included) and its `ETag`.";

    public const string Variant =
        "The image, resized and encoded on first request, then served from the disk cache. `w` is one of `Media:Widths` (and the srcset widths); " +
        "`h` at most the largest width; neither ever upscales. `fit=cover` (the default when both are given) fills `w` x `h` and crops, keeping the " +
        "focal point in frame; `contain` fits inside. `fmt`: `auto` picks AVIF or WebP from `Accept` (and answers `Vary: Accept`), else `avif`, " +
        "`webp`, `jpeg`, `png`; left out, the original's format. `q` 1-100. The file name is for people and is not checked. With `v` equal to the " +
        "image's current version (as every URL the API gives carries) the answer is `Cache-Control: public, max-age=31536000, immutable`; without, " +
        "or with an old `v`, it is cached for an hour. A strong `ETag` names the exact bytes; `If-None-Match` answers 304. No key is needed: an " +
        "`<img>` cannot send one.";
}

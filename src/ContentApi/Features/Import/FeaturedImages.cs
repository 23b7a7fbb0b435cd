using System.Security.Cryptography;
using System.Text;
using ContentApi.Common.Text;
using ContentApi.Common.Writes;
using ContentApi.Features.Articles;
using ContentApi.Features.Import.Wxr;
using ContentApi.Features.Media;

namespace ContentApi.Features.Import;

/// <summary>
/// A post's featured image (`_thumbnail_id`) becomes a media item that points at the attachment's own
/// URL (<see cref="MediaItem.ExternalUrl"/>): no file is fetched, so it serves no variants. One media
/// item per attachment, however many posts show it.
/// </summary>
public static class FeaturedImages
{
    /// <summary>Neutral grey: nothing is known of an external image's colours.</summary>
    private const string Grey = "#808080";
    private static readonly string GreyBlurHash = ContentApi.Media.BlurHash.Encode([128, 128, 128], 1, 1);

    public static void Attach(Article article, WxrItem item, ImportContext context, string label)
    {
        (article.FeaturedImage, article.FeaturedImageId) = (null, null);
        if (!item.Meta.TryGetValue("_thumbnail_id", out var thumbnail) || !long.TryParse(thumbnail, out var attachmentId) || attachmentId <= 0)
        {
            return;
        }
        if (context.MediaIds.TryGetValue(attachmentId, out var known))
        {
            article.FeaturedImageId = known;
        }
        else if (context.NewMedia.TryGetValue(attachmentId, out var pending))
        {
            article.FeaturedImage = pending;
        }
        else if (context.Scan.Attachments.TryGetValue(attachmentId, out var attachment))
        {
            var image = Create(attachment);
            article.FeaturedImage = context.NewMedia[attachmentId] = image;
            context.NewOrigins.Add((image, "attachment", ImportedItems.Key(attachmentId), Hash(attachment.ToString())));
            context.Wrote(image, MediaSpec.ResourceName, WriteKind.Created);
            ImportReport.Count(context.Report.Imported, "images");
        }
        else
        {
            context.Report.Warn("featured image", $"{label}: its featured image (attachment {attachmentId}) is not in the export, or has no http(s) URL");
        }
    }

    private static MediaItem Create(WxrAttachment attachment)
    {
        var hash = Hash(attachment.Url);
        var name = Path.GetFileNameWithoutExtension(new Uri(attachment.Url).AbsolutePath);
        var extension = Path.GetExtension(new Uri(attachment.Url).AbsolutePath).ToLowerInvariant();
        var mimeType = extension switch
        {
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            ".avif" => "image/avif",
            _ => "application/octet-stream",
        };
        return new MediaItem
        {
            FileName = ImportedItems.Limit(Slug.FromOrHash(name, "image") + (extension.Length is > 1 and <= 6 ? extension : ""), 200),
            ExternalUrl = attachment.Url, StorageKey = "", MimeType = mimeType,
            Width = attachment.Width, Height = attachment.Height,
            Alt = attachment.Alt is null ? null : ImportedItems.Limit(attachment.Alt, MediaRequestValidator.MaxAlt),
            Caption = attachment.Caption is null ? null : ImportedItems.Limit(attachment.Caption, MediaRequestValidator.MaxCaption),
            DominantColor = Grey, BlurHash = GreyBlurHash, ContentHash = hash, RenditionKey = hash[..16],
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Version = 1,
        };
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

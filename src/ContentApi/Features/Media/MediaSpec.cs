using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Media;

public sealed class MediaSpec(ContentDbContext db, TimeProvider clock) : IItemSpec<MediaItem, MediaRequest, MediaResponse>
{
    public const string ResourceName = "media";

    public string Resource => ResourceName;

    public int IdOf(MediaItem entity) => entity.Id;

    public string TargetOf(MediaItem entity) => entity.FileName;

    public string LocationOf(MediaItem entity) => $"/api/v1/media/{entity.Id}";

    public Task<MediaResponse?> ReadAsync(int id, CancellationToken cancellationToken) =>
        db.Set<MediaItem>().AsNoTracking().Where(m => m.Id == id).Select(MediaMappings.Projection).FirstOrDefaultAsync(cancellationToken)!;

    public MediaRequest ToRequest(MediaItem m) => new(m.Alt, m.Caption, m.Credit, new FocalPoint(m.FocalX, m.FocalY), Path.GetFileNameWithoutExtension(m.FileName));

    public Task<string?> ApplyAsync(MediaItem item, MediaRequest request, CancellationToken cancellationToken)
    {
        (item.Alt, item.Caption, item.Credit) = (Text(request.Alt), Text(request.Caption), Text(request.Credit));
        (item.FocalX, item.FocalY) = request.FocalPoint is { } focus ? (focus.X, focus.Y) : (0.5, 0.5);
        item.FileName = (request.Slug ?? Path.GetFileNameWithoutExtension(item.FileName)) + Path.GetExtension(item.FileName);
        item.RenditionKey = RenditionKey(item.ContentHash, item.FocalX, item.FocalY);
        item.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        item.CreatedAt = item.Id == 0 ? item.UpdatedAt : item.CreatedAt;
        item.Version++;
        return Task.FromResult<string?>(null);
    }

    public async Task<string?> DeleteAsync(MediaItem item, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.Where(a => a.FeaturedImageId == item.Id && a.DeletedAt == null).OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync(cancellationToken);
        var authors = await db.Authors.Where(a => a.AvatarId == item.Id).OrderBy(a => a.Id).Select(a => a.Slug).ToListAsync(cancellationToken);
        if (articles.Count + authors.Count > 0)
        {
            var users = articles.Select(slug => $"article '{slug}'").Concat(authors.Select(slug => $"author '{slug}'"));
            return $"The image {item.Id} is in use by {string.Join(", ", users)}; choose another image there (or none) first.";
        }
        // Deleted articles (tombstones) lose the image rather than block the delete.
        await db.Articles.Where(a => a.FeaturedImageId == item.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.FeaturedImageId, (int?)null), cancellationToken);
        db.Remove(item);
        return null;
    }

    /// <summary>What variant URLs carry as `v`: the original and the focal point, hashed.</summary>
    public static string RenditionKey(string contentHash, double focalX, double focalY) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{contentHash}:{focalX:R}:{focalY:R}"))))[..12];

    private static string? Text(string? value) => value?.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}

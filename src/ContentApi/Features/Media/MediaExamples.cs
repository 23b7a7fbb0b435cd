using ContentApi.Media;

namespace ContentApi.Features.Media;

/// <summary>Examples for the API documentation: a photo uploaded for the seed article.</summary>
internal static class MediaExamples
{
    public static readonly MediaItem Entity = new()
    {
        Id = 7,
        FileName = "rocket-attack.jpg",
        StorageKey = "2026/11/4f0c2d9be1a64a0e9d4c3b2a1f0e9d8c.jpg",
        MimeType = "image/jpeg",
        Width = 2400,
        Height = 1600,
        Bytes = 845_112,
        Alt = "US troops at a base in eastern Syria",
        Caption = "The base came under rocket fire on Monday.",
        Credit = "Reuters",
        FocalX = 0.5,
        FocalY = 0.35,
        DominantColor = "#8a7a64",
        BlurHash = "LKHBTW~qD%IU9FIUM{t7%MM{t7of",
        ContentHash = "9b74c9897bac770ffc029102a200c5de3f2e57bd2b5f1e9a1b3b9b1c4d5e6f70",
        RenditionKey = "9b74c9897bac",
        CreatedAt = new DateTime(2026, 11, 30, 9, 12, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 11, 30, 9, 12, 0, DateTimeKind.Utc),
    };

    public static MediaResponse Item => MediaMappings.ToResponse(Entity);

    public static ResponsiveImage Featured => ResponsiveImage.From(Entity, ImageSizes.Featured);
}

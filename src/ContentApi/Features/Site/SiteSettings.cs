namespace ContentApi.Features.Site;

/// <summary>The publication's settings: a single row.</summary>
public sealed class SiteSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public string? Name { get; set; }
    public string? Tagline { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }

    /// <summary>The publisher's logo (absolute http(s) URL), for the articles' page head.</summary>
    public string? LogoUrl { get; set; }
    public int? DefaultDonationFormId { get; set; }

    /// <summary>Concurrency token, bumped by every write.</summary>
    public int Version { get; set; }
}

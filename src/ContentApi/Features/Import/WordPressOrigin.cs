namespace ContentApi.Features.Import;

/// <summary>
/// Where an imported item came from: the WordPress site, the kind of thing it was there and its key
/// (a post id, an author's login, a term's slug). A second import finds its items by this, so it adds
/// nothing twice, and <see cref="Hash"/> tells whether the export changed the item since.
/// </summary>
public sealed class WordPressOrigin
{
    public int Id { get; set; }
    public required string SiteUrl { get; set; }
    public required string Kind { get; set; }
    public required string Key { get; set; }

    /// <summary>The id of the article, page, author, tag or donation form made of it.</summary>
    public int EntityId { get; set; }

    /// <summary>SHA-256 of the item as the export gave it, hex.</summary>
    public required string Hash { get; set; }
}

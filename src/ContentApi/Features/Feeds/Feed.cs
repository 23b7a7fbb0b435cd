namespace ContentApi.Features.Feeds;

/// <summary>A feed, before it is written as RSS, Atom or JSON Feed: the site and its newest articles.</summary>
/// <param name="HomeUrl">The site's home (its `url`, else the API's base URL).</param>
/// <param name="SelfUrl">The feed's own absolute URL, query included.</param>
/// <param name="Updated">The newest date among the entries; null when none has one.</param>
public sealed record Feed(
    string Title, string? Description, string HomeUrl, string SelfUrl, string Language, string? LogoUrl,
    DateTime? Updated, IReadOnlyList<FeedEntry> Entries);

/// <summary>One article in a feed. The URL is its id: it stays while the article lives.</summary>
/// <param name="ContentHtml">The sanitised body; null when only a teaser is known.</param>
public sealed record FeedEntry(
    string Url, string Title, string? Summary, string? ContentHtml, DateTime? Published, DateTime? Updated,
    FeedAuthor? Author, IReadOnlyList<string> Tags)
{
    /// <summary>When it last changed, else when it was published.</summary>
    public DateTime? LastChanged => Updated ?? Published;
}

public sealed record FeedAuthor(string Name, string? Url);

namespace ContentApi.Seeding;

/// <summary>A teaser being assembled while the related list is read.</summary>
internal sealed class TeaserDraft(string title)
{
    public string Title { get; } = title;

    public string? Excerpt { get; set; }

    /// <summary>Set once a byline line was met, even an unreadable one: a teaser has at most one.</summary>
    public bool HasByline { get; set; }

    public string? AuthorName { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public ImportedTeaser ToTeaser() =>
        new(Title, Excerpt is null ? null : TeaserText.FormatExcerpt(Excerpt), AuthorName, PublishedOn);
}

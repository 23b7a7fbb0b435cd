namespace ContentApi.Related;

/// <summary>What the engine knows of an indexed article: its term vector, tags (primary first), author and date.</summary>
internal sealed record RelatedDocument(int Id, int? AuthorId, DateTime? PublishedAt, TermVector Terms, int[] TagIds)
{
    public int? PrimaryTagId => TagIds.Length > 0 ? TagIds[0] : null;
}

/// <summary>How many indexed articles carry each tag, and the tag's slug for reasons.</summary>
internal sealed class TagStatistics(int documents, IReadOnlyDictionary<int, (string Slug, int Documents)> tags)
{
    public int DocumentsOf(int tagId) => tags.TryGetValue(tagId, out var tag) ? tag.Documents : 0;

    public string SlugOf(int tagId) => tags[tagId].Slug;

    /// <summary>ln(1 + N / df), the same smoothing as for words: a tag on every article still counts a little.</summary>
    public double Idf(int tagId) => Math.Log(1 + documents / (double)Math.Max(1, DocumentsOf(tagId)));
}

namespace ContentApi.Related;

/// <summary>One of an article's strongest terms and its weight in the article's unit-length TF-IDF vector.</summary>
public sealed class ArticleTerm
{
    public int ArticleId { get; set; }
    public required string Term { get; set; }
    public float Weight { get; set; }
}

/// <summary>In how many indexed articles a term occurs (anywhere in title, excerpt or body).</summary>
public sealed class DocumentFrequency
{
    public required string Term { get; set; }
    public int Documents { get; set; }
}

/// <summary>
/// An article the index holds, with every distinct term it counted in <see cref="DocumentFrequency"/>:
/// when the article changes or goes, those are the counts to take back. Deliberately no foreign key,
/// so the row outlives a hard delete of the article and the counts can still be corrected.
/// </summary>
public sealed class IndexedArticle
{
    public int ArticleId { get; set; }

    /// <summary>The distinct terms, space-separated, in ordinal order.</summary>
    public required string Terms { get; set; }
}

/// <summary>One computed related article of an article, at its rank, with its score and reasons (JSON).</summary>
public sealed class RelatedScore
{
    public int ArticleId { get; set; }

    /// <summary>No foreign key: after the article is deleted, this row is how its listers are found.</summary>
    public int RelatedArticleId { get; set; }
    public int Rank { get; set; }
    public double Score { get; set; }
    public required string Reasons { get; set; }
}

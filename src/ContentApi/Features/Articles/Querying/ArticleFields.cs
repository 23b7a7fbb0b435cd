namespace ContentApi.Features.Articles.Querying;

/// <summary>The top-level properties of a list item, as named in JSON: what `fields` may name.</summary>
public static class ArticleFields
{
    public const string AllowedText =
        "id,slug,title,excerpt,publishedAt,updatedAt,author,tags,readingTime,donationFormId,featuredImage,sticky,donationForm,related,score,snippet";

    public static readonly IReadOnlyList<string> All = AllowedText.Split(',');

    /// <summary>Properties only written when the search or an include asks for them.</summary>
    public static readonly IReadOnlyList<string> SearchOnly = ["score", "snippet"];
}

/// <summary>What `include` may embed.</summary>
public static class ArticleIncludes
{
    public const string Author = "author";
    public const string Tags = "tags";
    public const string DonationForm = "donationForm";
    public const string Related = "related";
    public const string AllowedText = "author,tags,donationForm,related";
    public const int DefaultRelatedLimit = 6;
    public const int MaxRelatedLimit = 24;

    public static readonly IReadOnlyList<string> All = AllowedText.Split(',');

    /// <summary>The author-box properties only written with include=author.</summary>
    public static readonly IReadOnlyList<string> AuthorExtras = ["id", "bio", "website", "twitter", "facebook"];
}

namespace ContentApi.Features.Articles.Documents;

/// <summary>
/// Which rendering a stored document holds: the app build's module id, the same for the same source
/// (deterministic builds) and new with any code change. A deployed change to what an article's
/// answer shows (a field, the page head) must not leave documents rendered the old way: the worker
/// drops other builds' documents and renders them again, and the read serves only this build's.
/// </summary>
public static class ArticleDocumentVersion
{
    public static readonly string Current = typeof(ArticleDocument).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}

namespace ContentApi.Related;

/// <summary>
/// Keeps the precomputed related lists in step with the articles. The write path calls
/// <see cref="UpdateAsync"/> or <see cref="RemoveAsync"/> after saving a change, in the same scope: they
/// use the scope's DbContext and join its open transaction, if any, so the change and the lists commit together.
/// </summary>
public interface IRelatedIndex
{
    /// <summary>
    /// After an article is created or edited (text, tags, author, date, status or editor's picks):
    /// re-indexes it and refreshes its list, the lists of its best candidates and of the articles that
    /// list it. An article that is no longer published or scheduled is removed instead.
    /// </summary>
    /// <returns>The articles whose lists were stored again (their cached answers are stale).</returns>
    Task<IReadOnlyCollection<int>> UpdateAsync(int articleId, CancellationToken cancellationToken = default);

    /// <summary>After an article is deleted or unpublished; works whether or not its row still exists.</summary>
    /// <returns>The articles whose lists were stored again, the removed one's included.</returns>
    Task<IReadOnlyCollection<int>> RemoveAsync(int articleId, CancellationToken cancellationToken = default);

    /// <summary>Recomputes the whole index from the articles, in one transaction: readers see the old lists until it commits.</summary>
    Task<RelatedRebuildReport> RebuildAsync(IProgress<RelatedRebuildProgress>? progress = null, CancellationToken cancellationToken = default);
}

/// <param name="Phase">`reading`, `weighing` or `listing`.</param>
public sealed record RelatedRebuildProgress(string Phase, int Done, int Total);

public sealed record RelatedRebuildReport(int Articles, int Terms, int TermRows, int ListRows, TimeSpan Elapsed);

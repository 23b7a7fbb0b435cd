namespace ContentApi.Common.Changes;

public enum ContentChangeKind
{
    Created,
    Updated,
    Deleted,
}

/// <summary>One committed change: which resource ("article", "author", "tag", "donationForm", "site"), which id, what happened.</summary>
public sealed record ContentChange(string Resource, int Id, ContentChangeKind Kind);

/// <summary>
/// Told about every committed write, after the commit: the output cache evicts, the related index
/// updates. A listener must not throw for a change it does not care about.
/// </summary>
public interface IContentChangeListener
{
    /// <summary>Listeners run in ascending order: indexes first, cache eviction last, so nothing is re-cached stale.</summary>
    int Order => 0;

    Task OnContentChangedAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken);
}

/// <summary>What the write path calls once its transaction has committed.</summary>
public sealed class ContentChanges(IEnumerable<IContentChangeListener> listeners)
{
    public async Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners.OrderBy(l => l.Order))
        {
            await listener.OnContentChangedAsync(changes, cancellationToken);
        }
    }
}

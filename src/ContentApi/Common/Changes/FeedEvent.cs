namespace ContentApi.Common.Changes;

/// <summary>
/// What one write meant to the public, for webhooks: `article.published`, `tag.updated`, ...
/// <paramref name="Seq"/> is the last change record it made: its feed cursor.
/// </summary>
public sealed record FeedEvent(string Name, string Type, int Id, string Slug, long Seq, DateTime At);

/// <summary>The events recorded in the current write's transaction, for the participants that follow the recorder (the webhook outbox).</summary>
public sealed class RecordedEvents
{
    public List<FeedEvent> Events { get; } = [];

    /// <summary>The current write's change records, for the after-commit cache eviction.</summary>
    public List<ChangeRecord> Changes { get; } = [];
}

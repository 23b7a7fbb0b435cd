namespace ContentApi.Common.Http;

/// <summary>
/// A response whose content has its own modification time, sent as Last-Modified. Lists do not
/// implement it: the newest item's time does not change when an item leaves the list.
/// </summary>
public interface ILastModified
{
    DateTime? LastModified { get; }
}

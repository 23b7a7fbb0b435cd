namespace ContentApi.Media;

/// <summary>
/// Where uploaded originals are kept. Variants are not stored here: they can be made again from the
/// original, so each instance caches its own on local disk (<see cref="VariantCache"/>).
/// </summary>
public interface IMediaStore
{
    Task SaveAsync(string key, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    /// <returns>The original's bytes, or null when it is gone.</returns>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

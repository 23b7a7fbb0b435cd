namespace ContentApi.Media;

/// <summary>Originals as files under `{Media:Path}/originals`; several instances share them through a shared volume mounted there.</summary>
public sealed class FileSystemMediaStore(MediaRoot mediaRoot) : IMediaStore
{
    private readonly string root = System.IO.Path.Combine(mediaRoot.Path, "originals");

    public async Task SaveAsync(string key, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        // Written aside, then moved: another instance never reads half a file.
        var partial = path + "." + Guid.NewGuid().ToString("N") + ".part";
        await File.WriteAllBytesAsync(partial, bytes.ToArray(), cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) =>
        key.Contains("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(key)
            ? throw new ArgumentException($"Not a storage key: {key}", nameof(key))
            : System.IO.Path.Combine(root, key);
}

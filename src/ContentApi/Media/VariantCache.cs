using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ContentApi.Media;

/// <summary>
/// Variants on local disk under `{Media:Path}/variants`, made once: concurrent requests for the same
/// variant wait for one render, at most `Media:MaxConcurrentRenders` renders run at once, and past
/// `Media:CacheBytes` the least recently served variants are deleted.
/// </summary>
public sealed class VariantCache(MediaRoot root, IOptions<MediaOptions> options, ILogger<VariantCache> logger) : IDisposable
{
    private readonly string folder = Path.Combine(root.Path, "variants");
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> rendering = new();
    private readonly ConcurrentDictionary<string, long> lastServed = new();
    private readonly SemaphoreSlim renders = new(options.Value.MaxConcurrentRenders);
    private readonly Lock trimming = new();
    private long size = -1;

    /// <param name="key">A relative path that names the variant's exact bytes, e.g. `12/ab12cd34/640x0-contain-q80.webp`.</param>
    /// <param name="render">Makes the bytes; null when they cannot be made (the original is gone).</param>
    /// <returns>The variant's file, or null.</returns>
    public async Task<string?> GetOrCreateAsync(string key, Func<Task<byte[]?>> render)
    {
        var path = Path.Combine(folder, key);
        lastServed[path] = Environment.TickCount64;
        if (File.Exists(path))
        {
            return path;
        }
        var made = rendering.GetOrAdd(path, p => new Lazy<Task<string?>>(() => CreateAsync(p, render)));
        try
        {
            return await made.Value;
        }
        finally
        {
            rendering.TryRemove(new KeyValuePair<string, Lazy<Task<string?>>>(path, made));
        }
    }

    /// <summary>Forgets every variant of one media item (its folder).</summary>
    public void Remove(int mediaId)
    {
        var directory = Path.Combine(folder, mediaId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (Directory.Exists(directory))
        {
            Interlocked.Add(ref size, -SizeOf(directory));
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<string?> CreateAsync(string path, Func<Task<byte[]?>> render)
    {
        await renders.WaitAsync();
        byte[]? bytes;
        try
        {
            bytes = await render();
        }
        finally
        {
            renders.Release();
        }
        if (bytes is null)
        {
            return null;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}.part";
        await File.WriteAllBytesAsync(partial, bytes);
        File.Move(partial, path, overwrite: true);
        if (Interlocked.CompareExchange(ref size, 0, -1) == -1)
        {
            Interlocked.Exchange(ref size, SizeOf(folder));
        }
        else if (Interlocked.Add(ref size, bytes.Length) > options.Value.CacheBytes)
        {
            Trim(keep: path);
        }
        return path;
    }

    /// <param name="keep">The variant just made, about to be served.</param>
    private void Trim(string keep)
    {
        lock (trimming)
        {
            var files = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
                .Where(f => f.FullName != keep && !f.Name.EndsWith(".part", StringComparison.Ordinal))
                .OrderBy(f => lastServed.TryGetValue(f.FullName, out var served) ? served : long.MinValue + f.LastWriteTimeUtc.Ticks / 1000)
                .ToList();
            var total = files.Sum(f => f.Length) + new FileInfo(keep).Length;
            var target = options.Value.CacheBytes * 9 / 10;
            foreach (var file in files.TakeWhile(_ => total > target))
            {
                total -= file.Length;
                file.Delete();
                lastServed.TryRemove(file.FullName, out _);
            }
            Interlocked.Exchange(ref size, total);
            logger.LogInformation("Variant cache trimmed to {Bytes} bytes (Media:CacheBytes {Limit}).", total, options.Value.CacheBytes);
        }
    }

    public void Dispose() => renders.Dispose();

    private static long SizeOf(string directory) => !Directory.Exists(directory) ? 0
        : new DirectoryInfo(directory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}

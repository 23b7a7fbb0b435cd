using ContentApi.Benchmarks.Running;

namespace ContentApi.Benchmarks.Generation;

/// <summary>
/// A generated database is made once per size and generator version, prepared by one start of the
/// API, then reused.
/// </summary>
public static class CachedDatabase
{
    public static async Task<string> EnsureAsync(RepoPaths paths, int articleCount, string scratch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var path = paths.DatabaseFor(articleCount);
        if (File.Exists(path))
        {
            Console.WriteLine($"Using cached {path}");
            return path;
        }
        // Generated and prepared under another name first, so an interrupted generation or
        // preparation is never taken for a ready file.
        var partial = path + ".partial";
        await ContentGenerator.GenerateAsync(articleCount, partial, cancellationToken);
        await DatabasePreparation.PrepareAsync(paths, partial, scratch, cancellationToken);
        File.Move(partial, path);
        return path;
    }
}

namespace ContentApi.Benchmarks.Generation;

/// <summary>A generated database is made once per size and generator version, then reused.</summary>
public static class CachedDatabase
{
    public static async Task<string> EnsureAsync(string path, int articleCount, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            Console.WriteLine($"Using cached {path}");
            return path;
        }
        // Generated under another name first, so an interrupted generation is never taken for a cached one.
        var partial = path + ".partial";
        await ContentGenerator.GenerateAsync(articleCount, partial, cancellationToken);
        File.Move(partial, path);
        return path;
    }
}

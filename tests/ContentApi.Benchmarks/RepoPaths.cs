using ContentApi.Benchmarks.Generation;

namespace ContentApi.Benchmarks;

/// <summary>Where things are, found from the repository root (the folder holding ContentApi.sln).</summary>
public sealed class RepoPaths
{
    private RepoPaths(string root) => Root = root;

    public string Root { get; }
    public string Benchmarks => Path.Combine(Root, "tests", "ContentApi.Benchmarks");
    public string Results => Path.Combine(Benchmarks, "results");

    /// <summary>The API as deployed: run.sh publishes it here (Release, linux-x64, self-contained, composite ReadyToRun).</summary>
    public string ApiDll => Path.Combine(Benchmarks, "bin", "published-api", "ContentApi.dll");
    public static string BenchmarksDll => typeof(RepoPaths).Assembly.Location;

    /// <summary>Keyed by size and generator version: a changed generator never reuses an old file.</summary>
    public string DatabaseFor(int articles) =>
        Path.Combine(Benchmarks, ".data", $"articles-{articles}-v{ContentGenerator.Version}.db");

    public static RepoPaths Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ContentApi.sln")))
                {
                    return new RepoPaths(dir.FullName);
                }
            }
        }
        throw new InvalidOperationException("ContentApi.sln not found above the current folder or the benchmark's build.");
    }
}

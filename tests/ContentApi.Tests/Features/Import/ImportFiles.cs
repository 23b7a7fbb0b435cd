using ContentApi.Features.Import;
using ContentApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.Tests.Features.Import;

/// <summary>The export files the tests import, and a way to run the importer inside a test's app.</summary>
public static class ImportFiles
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>WordPress's theme unit test data, shared beside the repository (`../shared/fixtures/...`; never committed here).</summary>
    public static string ThemeUnitTestData { get; } = FindShared(Path.Combine("shared", "fixtures", "wordpress", "themeunittestdata.wordpress.xml"));

    /// <summary>Our own small export with GiveWP forms, posts embedding them and a few bad entries.</summary>
    public static string GiveWp { get; } = Path.Combine(RepoRoot, "tests", "ContentApi.Tests", "Features", "Import", "Fixtures", "givewp.wxr.xml");

    public static async Task<ImportReport> ImportAsync(this ContentApiFactory factory, string path, bool dryRun = false, bool update = false,
        IImportProgress? progress = null, CancellationToken cancellationToken = default)
    {
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WordPressImporter>()
            .RunAsync(path, dryRun, update, progress ?? new SilentProgress(), cancellationToken);
    }

    /// <summary>Writes text to a temporary file that is deleted with the returned handle.</summary>
    public static TempFile Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"wxr-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, text);
        return new TempFile(path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentApi.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ContentApi.sln not found above the test's build folder.");
    }

    /// <summary>CI has the shared fixtures beside the clone (`../shared`); a git worktree may sit a level deeper.</summary>
    private static string FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(RepoRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"The shared fixture {relative} is not beside the repository ({RepoRoot}/../{relative}).");
    }

    public sealed class TempFile(string path) : IDisposable
    {
        public string Path => path;

        public void Dispose() => File.Delete(path);
    }
}

/// <summary>No progress output; optionally a hook after each batch (to stop an import midway).</summary>
public sealed class SilentProgress(Action<int>? afterBatch = null) : IImportProgress
{
    private int _done;

    public void Start(int total)
    {
    }

    public void Advance(int items)
    {
        _done += items;
        afterBatch?.Invoke(_done);
    }

    public void Finish()
    {
    }
}

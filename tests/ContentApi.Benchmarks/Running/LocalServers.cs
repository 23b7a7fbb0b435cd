using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ContentApi.Benchmarks.Running;

/// <summary>Starts the two servers under test, on free loopback ports.</summary>
public static class LocalServers
{
    public static Uri FreeUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
    }

    /// <summary>The published API (see <see cref="RepoPaths.ApiDll"/>), as a separate process, over the given database.</summary>
    /// <param name="seedsPath">The seed folder; null leaves the build's own <c>seeds/</c>.</param>
    /// <param name="settings">Extra configuration, as environment variables (`Media__Path`...).</param>
    public static ChildProcess StartApi(
        RepoPaths paths, string database, Uri url, string logPath, bool outputCache, string? seedsPath = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var start = ApiStartInfo(paths, database, url, outputCache, seedsPath);
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        return ChildProcess.Start(start, logPath);
    }

    /// <summary>The published API over the given database, SQLite or PostgreSQL (see <see cref="ApiDatabase"/>).</summary>
    public static ChildProcess StartApi(
        RepoPaths paths, ApiDatabase database, Uri url, string logPath, bool outputCache, string? seedsPath, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        return StartApi(paths, database.Name, url, logPath, outputCache, seedsPath, database.Settings(settings ?? new Dictionary<string, string>()));
    }

    /// <summary>How StartApi starts the API, for a caller that adds settings of its own; <paramref name="apiDll"/> another build's.</summary>
    public static ProcessStartInfo ApiStartInfo(RepoPaths paths, string database, Uri url, bool outputCache, string? seedsPath = null, string? apiDll = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(url);
        var start = Api(apiDll ?? paths.ApiDll, "--urls", url.ToString().TrimEnd('/'));
        start.Environment["ConnectionStrings__Content"] = $"Data Source={database}";
        if (seedsPath is not null)
        {
            start.Environment["Seeds__Path"] = seedsPath;
        }
        start.Environment["Caching__OutputCacheEnabled"] = outputCache ? "true" : "false";
        // Rate limiting would measure the limiter, not the API.
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["RateLimiting__PermitLimit"] = "1000000000";
        return start;
    }

    /// <summary>An empty folder to pass as the seed folder: the generated content is all there is.</summary>
    public static string NoSeeds(string scratch) => Directory.CreateDirectory(Path.Combine(scratch, "no-seeds")).FullName;

    public static ChildProcess StartBaseline(Uri url, string bodyPath, string scratch)
    {
        ArgumentNullException.ThrowIfNull(url);
        var start = Dotnet(RepoPaths.BenchmarksDll, "baseline", "--port", url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--body", bodyPath);
        return ChildProcess.Start(start, Path.Combine(scratch, "baseline.log"));
    }

    /// <summary>
    /// A published API with its arguments, from its folder (the content root, where appsettings.json and
    /// seeds/ are): a self-contained publish through its own executable, which loads the runtime and the
    /// composite ReadyToRun image beside it; a framework-dependent one (an older build) through `dotnet`.
    /// </summary>
    public static ProcessStartInfo Api(string apiDll, params string[] args)
    {
        var executable = Path.ChangeExtension(apiDll, null);
        var selfContained = File.Exists(executable)
            && File.ReadAllText(Path.ChangeExtension(apiDll, ".runtimeconfig.json")).Contains("\"includedFrameworks\"", StringComparison.Ordinal);
        var start = selfContained ? Dotnet(args) : Dotnet([apiDll, .. args]);
        if (selfContained)
        {
            start.FileName = executable;
        }
        start.WorkingDirectory = Path.GetDirectoryName(apiDll)!;
        return start;
    }

    internal static ProcessStartInfo Dotnet(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return start;
    }
}

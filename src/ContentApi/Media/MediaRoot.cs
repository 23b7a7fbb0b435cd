using ContentApi.Data;
using Microsoft.Extensions.Options;

namespace ContentApi.Media;

/// <summary>The folder of originals and variants: `Media:Path`, or a `media` folder beside the database file.</summary>
public sealed class MediaRoot(IOptions<MediaOptions> options, IDatabaseProvider database, IWebHostEnvironment environment)
{
    public string Path { get; } = options.Value.Path is { Length: > 0 } configured
        ? System.IO.Path.GetFullPath(configured, environment.ContentRootPath)
        : database is SqliteProvider { DataSource: var file } && System.IO.Path.IsPathRooted(file)
            ? System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "media")
            : System.IO.Path.Combine(environment.ContentRootPath, "data", "media");
}

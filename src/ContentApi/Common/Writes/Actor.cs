using System.Globalization;
using ContentApi.Common.Auth;

namespace ContentApi.Common.Writes;

/// <summary>Who made a change: a key (name and id), the command line, or the app itself.</summary>
public sealed record Actor(string Name, int? KeyId, string? Request)
{
    public static readonly Actor System = new("system", null, null);
    public static readonly Actor CommandLine = new("cli", null, null);

    public static Actor From(HttpContext http) => new(
        http.User.Identity?.Name ?? "anonymous",
        int.TryParse(http.User.FindFirst(Scopes.KeyIdClaimType)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
        $"{http.Request.Method} {http.Request.Path}");
}

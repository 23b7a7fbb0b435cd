namespace ContentApi.Common.Http;

/// <summary>
/// A result written in a media type of its own (a feed, a sitemap) rather than the app's JSON: the
/// conditional-GET filter asks it for the exact bytes and their media type.
/// </summary>
public interface IMediaRepresentation
{
    string MediaType { get; }

    byte[] Render();
}

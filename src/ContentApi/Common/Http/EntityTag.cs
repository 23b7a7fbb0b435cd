using System.Security.Cryptography;

namespace ContentApi.Common.Http;

/// <summary>
/// Strong entity tags computed from a representation's bytes: two responses share a tag exactly
/// when they are byte-for-byte the same, which is what RFC 9110 asks of a strong validator.
/// </summary>
public static class EntityTag
{
    public static string FromBytes(ReadOnlySpan<byte> representation)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(representation, hash);
        // 16 bytes of SHA-256 are plenty to tell versions of one resource apart.
        return $"\"{Convert.ToBase64String(hash[..16]).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
    }

    /// <summary>
    /// The tag of the same representation sent with a content-coding: a strong tag names exact
    /// bytes, so "abc" compressed with Brotli is "abc.br" ('.' never occurs in the hash).
    /// </summary>
    public static string ForCoding(string tag, string? coding) =>
        coding is null ? tag : string.Concat(tag.AsSpan(0, tag.Length - 1), ".", coding, "\"");

    /// <summary>The identity tag a coded tag was made from: what If-Match compares, whatever encoding the client got.</summary>
    public static string WithoutCoding(string tag)
    {
        var dot = tag.LastIndexOf('.');
        return dot < 0 ? tag : string.Concat(tag.AsSpan(0, dot), "\"");
    }
}

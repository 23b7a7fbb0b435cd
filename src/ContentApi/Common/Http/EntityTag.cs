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
}

using System.Security.Cryptography;
using System.Text;

namespace ContentApi.Features.Keys;

/// <summary>Making, hashing and comparing API keys.</summary>
public static class ApiKeySecret
{
    public const string Marker = "capi_";

    /// <summary>Bootstrap keys come from configuration; they must be as hard to guess as generated ones (128 bits as hex).</summary>
    public const int MinLength = 32;

    /// <summary>256 random bits, base64url, behind a marker that makes a leaked key easy to recognise (and to scan for).</summary>
    public static string Generate() =>
        Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// SHA-256, unsalted and fast on purpose: a key is 256 random bits, not a password, so there is
    /// no dictionary to slow down, and every authenticated request pays for this hash.
    /// </summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>
    /// Tells keys apart in a list without giving any of the key away: the first 8 hex digits of its
    /// hash. A holder can match it: <c>printf %s "$KEY" | sha256sum | cut -c1-8</c>.
    /// </summary>
    public static string Fingerprint(byte[] hash) => Convert.ToHexStringLower(hash, 0, 4);
}

using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Common.Querying;

/// <summary>
/// Opaque cursors: base64url of a small JSON position plus an HMAC-SHA256 tag. The position names a
/// hash of the list it belongs to (route, sort, filters, q), so a cursor only continues that list.
/// The key is Cursors:Key, or random per process: then cursors end when the process restarts
/// (a shared deployment must set it: see SharedSecrets).
/// </summary>
public sealed class CursorCodec(IConfiguration configuration)
{
    public const string KeySetting = "Cursors:Key";
    public const int MaxLength = 1024;
    private const int TagLength = 16;

    public const string Unreadable =
        "after is not a cursor this API made, or it was changed, or the server was restarted since it was made. Start again without after and follow meta.nextCursor.";

    public const string OtherList =
        "after was made for another list: a cursor only continues the route, sort, filters and q it came from. Repeat them unchanged, or start again without after.";

    private readonly byte[] _key = configuration[KeySetting] is { Length: > 0 } configured
        ? SHA256.HashData(Encoding.UTF8.GetBytes(configured))
        : RandomNumberGenerator.GetBytes(32);

    public string Encode(string scope, CursorPosition position)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new Payload(ScopeHash(scope), position.Id, position.Date?.Ticks, position.Text, position.Score));
        var token = new byte[payload.Length + TagLength];
        payload.CopyTo(token, 0);
        HMACSHA256.HashData(_key, payload).AsSpan(0, TagLength).CopyTo(token.AsSpan(payload.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <returns>False with an error for a cursor that is malformed, tampered with, or from another list.</returns>
    public bool TryDecode(string token, string scope, [NotNullWhen(true)] out CursorPosition? position, [NotNullWhen(false)] out string? error)
    {
        position = null;
        error = Unreadable;
        if (token.Length > MaxLength || !Base64Url.IsValid(token))
        {
            return false;
        }
        var bytes = Base64Url.DecodeFromChars(token);
        if (bytes.Length <= TagLength)
        {
            return false;
        }
        var payload = bytes.AsSpan(0, bytes.Length - TagLength);
        var expected = HMACSHA256.HashData(_key, payload).AsSpan(0, TagLength);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(bytes.Length - TagLength)))
        {
            return false;
        }
        var read = JsonSerializer.Deserialize<Payload>(payload)!;
        if (read.Scope != ScopeHash(scope))
        {
            error = OtherList;
            return false;
        }
        position = new CursorPosition(read.Id, read.Ticks is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null, read.Text, read.Score);
        error = null;
        return true;
    }

    private static string ScopeHash(string scope) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(scope)).AsSpan(0, 12));

    private sealed record Payload(
        [property: JsonPropertyName("s")] string Scope,
        [property: JsonPropertyName("i")] int Id,
        [property: JsonPropertyName("d"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Ticks,
        [property: JsonPropertyName("t"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
        [property: JsonPropertyName("r"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score);
}

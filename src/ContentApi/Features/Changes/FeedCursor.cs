using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ContentApi.Features.Changes;

/// <summary>
/// A feed cursor is a position in the change records (their commit order), not a signed token: it
/// rests on the database alone, so it survives restarts and works on every instance. Opaque to
/// clients all the same; a changed cursor can only name another position of the same public feed.
/// </summary>
public static class FeedCursor
{
    private const string Prefix = "feed.";

    public static string Encode(long seq) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + seq.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out long seq)
    {
        seq = 0;
        if (cursor.Length > 64 || !Base64Url.IsValid(cursor))
        {
            return false;
        }
        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
        return text.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out seq);
    }
}

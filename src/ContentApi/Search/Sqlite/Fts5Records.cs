namespace ContentApi.Search.Sqlite;

/// <summary>
/// Reads FTS5's own records (SQLite varints): the row count and token totals that bm25 averages over
/// (the %_data row 1), and an article's length in tokens (its %_docsize row), exactly as bm25 sees them.
/// </summary>
internal static class Fts5Records
{
    public const long AveragesRowId = 1;

    /// <summary>Rows in the index and their average length in tokens (0 when empty).</summary>
    public static (long Rows, double AverageLength) Averages(byte[]? record)
    {
        if (record is not { Length: > 0 })
        {
            return (0, 0);
        }
        var i = 0;
        var rows = (long)Read(record, ref i);
        long tokens = 0;
        while (i < record.Length)
        {
            tokens += (long)Read(record, ref i);
        }
        return (rows, rows == 0 ? 0 : (double)tokens / (double)rows);
    }

    /// <summary>An article's length in tokens: the sum of its columns' sizes.</summary>
    public static long Length(byte[] sizes)
    {
        var i = 0;
        long total = 0;
        while (i < sizes.Length)
        {
            total += (long)Read(sizes, ref i);
        }
        return total;
    }

    // SQLite's varint: big-endian, 7 bits a byte while the high bit is set; a ninth byte gives all 8 bits.
    private static ulong Read(byte[] bytes, ref int i)
    {
        ulong value = 0;
        for (var n = 0; n < 8 && i < bytes.Length; n++)
        {
            var b = bytes[i++];
            value = (value << 7) | (uint)(b & 0x7f);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        return i < bytes.Length ? (value << 8) | bytes[i++] : value;
    }
}

namespace ContentApi.Media;

/// <summary>The colour most of a small thumbnail is close to: pixels grouped by their top four bits per channel, the largest group averaged.</summary>
public static class DominantColor
{
    /// <param name="rgb">Pixels as R, G, B bytes, row by row.</param>
    /// <returns>`#rrggbb`.</returns>
    public static string Of(ReadOnlySpan<byte> rgb)
    {
        var groups = new Dictionary<int, (int Count, long R, long G, long B)>();
        for (var at = 0; at + 2 < rgb.Length; at += 3)
        {
            var (r, g, b) = (rgb[at], rgb[at + 1], rgb[at + 2]);
            var key = (r >> 4 << 8) | (g >> 4 << 4) | (b >> 4);
            var group = groups.GetValueOrDefault(key);
            groups[key] = (group.Count + 1, group.R + r, group.G + g, group.B + b);
        }
        // Ties go to the lower key, so the same pixels always give the same colour.
        var largest = groups.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key).First().Value;
        return $"#{largest.R / largest.Count:x2}{largest.G / largest.Count:x2}{largest.B / largest.Count:x2}";
    }
}

namespace ContentApi.Tests.Fuzzing;

/// <summary>What an attacker sends instead of a proper value: in a body as raw JSON, in a parameter as text.</summary>
public static class HostileValues
{
    private static string Nested(string open, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth));

    /// <summary>Raw JSON fragments, spliced into a body where a proper value was.</summary>
    public static readonly string[] Json =
    [
        "null", "true", "0", "-1", "1", "1.5", "-0", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1e400", "-1e-400",
        "\"\"", "\"   \"", "\"\\u0000\\u0001\\u001f\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u202e\\u200b\"", "\"😀𝕏\"",
        "\"<script>alert(1)</script>\"", "\"javascript:alert(1)\"", "\"'; DROP TABLE Articles;--\"", "\"../../etc/passwd\"",
        "\"9999-12-31T23:59:59-14:00\"", "\"0001-01-01T00:00:00+14:00\"", "\"2025-02-30\"", "\"not-a-date\"",
        "\"" + new string('a', 100_000) + "\"", "\"" + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "\"",
        "\"" + new string('>', 20_000) + "\"", "\"" + string.Concat(Enumerable.Repeat("[", 10_000)) + "\"",
        "[]", "[null]", "[null,null]", "[\"\"]", "[1,\"a\",{}]", "[" + string.Join(',', Enumerable.Repeat("\"x\"", 5_000)) + "]",
        "{}", "{\"unknown\":1}", "{\"a\":null}", Nested("[", "]", 40), Nested("{\"a\":", "}", 40).Replace("{\"a\":}", "{\"a\":1}", StringComparison.Ordinal),
    ];

    /// <summary>Whole bodies that are not the record at all.</summary>
    public static readonly string[] Bodies =
    [
        "", "null", "[]", "\"x\"", "0", "{", "{}", "{\"a\":1,\"a\":2}", Nested("[", "]", 10_000), Nested("{\"a\":", "}", 200).Replace("{\"a\":}", "{\"a\":1}", StringComparison.Ordinal),
    ];

    /// <summary>Text for query, path and header parameters.</summary>
    public static readonly string[] Text =
    [
        "", " ", "-1", "0", "1", "2147483647", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "0x10", "NaN",
        "abc", "true", "null", "*", "\"a\"*", "a*", "\"", "'", "\\", "%", "%00", "\u0000", "\u001f", "\r\nX-Injected: 1",
        "<script>alert(1)</script>", "../../etc/passwd", "a,b,,c", ",,,", string.Join(',', Enumerable.Repeat("x", 1_000)),
        "9999-12-31", "0001-01-01", "2025-13-45", "2025-07-20T25:61:61Z", "\u202e\u200b", "😀𝕏", "é*", new string('a', 5_000),
        "AND OR NOT", "\"unclosed", "ab* cd* ef* gh* ij*",
    ];

    /// <summary>Numbers at and just beyond each bound a schema declares.</summary>
    public static IEnumerable<string> AtAndBeyond(long? minimum, long? maximum) =>
        new[] { minimum - 1, minimum, maximum, maximum + 1 }.OfType<long>().Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

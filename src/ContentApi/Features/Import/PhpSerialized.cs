using System.Globalization;
using System.Text;

namespace ContentApi.Features.Import;

/// <summary>
/// Reads the PHP serialize() values WordPress stores in post meta (GiveWP's donation levels, attachment
/// metadata): arrays, strings, integers (long, exact), floats (double), booleans and null. Arrays become
/// ordered key/value lists; anything else (objects) or a malformed value gives null, never an exception.
/// </summary>
public static class PhpSerialized
{
    public static object? Parse(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var position = 0;
        try
        {
            return Value(bytes, ref position, depth: 0);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (Exception exception) when (exception is IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private static object? Value(byte[] bytes, ref int at, int depth)
    {
        if (depth > 16)
        {
            throw new FormatException("Nested too deep.");
        }
        var type = (char)bytes[at];
        switch (type)
        {
            case 'N':
                at += 2;
                return null;
            case 'b':
                return Until(bytes, ref at, ';') switch { "1" => true, "0" => false, var other => throw new FormatException($"Not a boolean: {other}.") };
            case 'i':
                return long.Parse(Until(bytes, ref at, ';'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            case 'd':
                return double.Parse(Until(bytes, ref at, ';'), NumberStyles.Float, CultureInfo.InvariantCulture);
            case 's':
                var length = int.Parse(Until(bytes, ref at, ':'), CultureInfo.InvariantCulture);
                var text = Encoding.UTF8.GetString(bytes, at + 1, length);
                at += length + 3;
                return text;
            case 'a':
                var count = int.Parse(Until(bytes, ref at, ':'), CultureInfo.InvariantCulture);
                at++;
                var entries = new List<KeyValuePair<string, object?>>(Math.Min(count, 1000));
                for (var i = 0; i < count; i++)
                {
                    var key = Convert.ToString(Value(bytes, ref at, depth + 1), CultureInfo.InvariantCulture) ?? "";
                    entries.Add(new(key, Value(bytes, ref at, depth + 1)));
                }
                at++;
                return entries;
            default:
                throw new FormatException($"Unsupported PHP value type '{type}'.");
        }
    }

    /// <summary>Skips "x:" and reads up to the terminator, leaving the position after it.</summary>
    private static string Until(byte[] bytes, ref int at, char terminator)
    {
        var start = at + 2;
        var end = Array.IndexOf(bytes, (byte)terminator, start);
        if (end < 0)
        {
            throw new FormatException("Unterminated value.");
        }
        at = end + 1;
        return Encoding.ASCII.GetString(bytes, start, end - start);
    }
}

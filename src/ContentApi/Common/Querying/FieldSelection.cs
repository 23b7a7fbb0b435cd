using System.Text.Json.Nodes;

namespace ContentApi.Common.Querying;

/// <summary>`fields=`: a JSON object reduced to the top-level properties asked for.</summary>
public static class FieldSelection
{
    public static void KeepOnly(this JsonObject item, IReadOnlySet<string> fields)
    {
        foreach (var name in item.Select(p => p.Key).Where(name => !fields.Contains(name)).ToList())
        {
            item.Remove(name);
        }
    }

    public static void RemoveAll(this JsonObject item, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            item.Remove(name);
        }
    }
}

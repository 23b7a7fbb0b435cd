using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;

namespace ContentApi.Tests.Fuzzing;

/// <summary>
/// Turns each operation into requests: a proper one per caller, then one hostile value at a time
/// in each parameter and each body property (at any depth), then whole bodies that are not the
/// record. Values are drawn by a seeded <see cref="Random"/>, so a seed replays the same run.
/// </summary>
public sealed class FuzzRequestGenerator(Random random, int valuesPerSlot)
{
    private const string Slot = "__fuzz_slot__";

    private static readonly Dictionary<string, string> PathValues = new()
    {
        ["/api/v1/articles/{slug}"] = SeedFacts.ArticleSlug, ["/api/v1/authors/{slug}"] = "the-liberum",
        ["/api/v1/tags/{slug}"] = "syria", ["{id}"] = "6", ["/api/v1/keys/{id}"] = "2",
        ["{relatedSlug}"] = "when-reform-meets-resistance-the-fate-of-hezbollahs-weapons",
    };

    public IEnumerable<FuzzRequest> For(FuzzOperation operation)
    {
        var body = operation.MediaType is null ? null : (operation.BodyExample ?? new JsonObject()).ToJsonString();
        foreach (var caller in Enum.GetValues<FuzzCaller>())
        {
            yield return Build(operation, caller, null, null, body, "proper request");
        }
        foreach (var parameter in operation.Parameters)
        {
            foreach (var value in Pick(HostileValues.Text).Concat(HostileValues.AtAndBeyond(parameter.Minimum, parameter.Maximum)))
            {
                yield return Build(operation, Caller(), parameter, value, body, $"{parameter.In} {parameter.Name}={Show(value)}");
            }
        }
        if (operation.MediaType is null)
        {
            yield break;
        }
        foreach (var path in Slots(operation.BodyExample ?? new JsonObject(), ""))
        {
            foreach (var fragment in Pick(HostileValues.Json))
            {
                yield return Build(operation, Caller(), null, null, Splice(operation.BodyExample, path, fragment), $"body {path}={Show(fragment)}");
            }
        }
        foreach (var whole in HostileValues.Bodies)
        {
            yield return Build(operation, Caller(), null, null, whole, $"body {Show(whole)}");
        }
    }

    private static FuzzRequest Build(FuzzOperation operation, FuzzCaller caller, FuzzParameter? fuzzed, string? value, string? body, string what)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
        {
            var proper = parameter.Name == "relatedSlug" ? PathValues["{relatedSlug}"]
                : PathValues.GetValueOrDefault(operation.Path[..(operation.Path.IndexOf('}') + 1)]) ?? PathValues.GetValueOrDefault($"{{{parameter.Name}}}") ?? "x";
            path = path.Replace($"{{{parameter.Name}}}", Uri.EscapeDataString(parameter == fuzzed ? value! : proper), StringComparison.Ordinal);
        }
        var query = new List<string>();
        if (operation.Path == "/api/v1/search" && fuzzed?.Name != "q")
        {
            query.Add("q=syria");
        }
        var headers = new Dictionary<string, string>();
        if (fuzzed is { In: "query" })
        {
            query.Add($"{Uri.EscapeDataString(fuzzed.Name)}={Uri.EscapeDataString(value!)}");
        }
        else if (fuzzed is { In: "header" } && value!.All(c => c is >= ' ' and <= '~'))
        {
            headers[fuzzed.Name] = value!;
        }
        if (caller == FuzzCaller.Operator && operation.Method is "PUT" or "PATCH" or "DELETE")
        {
            headers["If-Match"] = "*";
        }
        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        return new FuzzRequest(operation, caller, url, headers, body, what);
    }

    private FuzzCaller Caller() => random.Next(10) switch
    {
        < 6 => FuzzCaller.Operator,
        < 9 => FuzzCaller.Anonymous,
        _ => FuzzCaller.WrongKey,
    };

    private List<string> Pick(string[] values) => values.OrderBy(_ => random.Next()).Take(valuesPerSlot).ToList();

    /// <summary>Every property and first array element, by path (`source.url`, `suggestedAmounts[0].amount`), and one unknown property.</summary>
    private static IEnumerable<string> Slots(JsonNode node, string prefix)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => (Path: prefix.Length == 0 ? p.Key : $"{prefix}.{p.Key}", Node: p.Value)).ToList(),
            JsonArray { Count: > 0 } a => [($"{prefix}[0]", a[0])],
            _ => [],
        };
        foreach (var (path, child) in children)
        {
            yield return path;
            foreach (var inner in child is null ? [] : Slots(child, path))
            {
                yield return inner;
            }
        }
        if (node is JsonObject)
        {
            yield return prefix.Length == 0 ? "zzUnknown" : $"{prefix}.zzUnknown";
        }
    }

    private static string Splice(JsonNode? example, string path, string fragment)
    {
        var root = example?.DeepClone() ?? new JsonObject();
        var parts = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var part in parts[..^1])
        {
            node = part == "[0]" ? node[0]! : node[part]!;
        }
        if (parts[^1] == "[0]")
        {
            node[0] = Slot;
        }
        else
        {
            node[parts[^1]] = Slot;
        }
        return root.ToJsonString().Replace($"\"{Slot}\"", fragment, StringComparison.Ordinal);
    }

    private static string Show(string value) => value.Length > 40 ? $"{value[..20]}…({value.Length} chars)" : value;
}

using System.Text.Json.Nodes;

namespace ContentApi.Tests.Contract;

/// <summary>
/// The requests sent for one operation: its documented example request, then one request per
/// documented error the operation can be driven to from outside (unknown item, bad parameter, no
/// key, read-only key, no or stale If-Match, wrong media type, oversized or malformed body, 304).
/// </summary>
public sealed class ContractPlan(ContractOperation operation, string writeKey, string readKey)
{
    private const string StaleETag = "\"stale-etag\"";

    public ContractCall Example(string? ifMatch) => Call("example", ExampleUrl()) with
    {
        Key = operation.NeedsKey ? writeKey : null,
        IfMatch = ifMatch,
        ContentType = BodyMediaType(),
        Body = ExampleBody(),
    };

    public IEnumerable<ContractCall> Errors(ContractCall example, string? etag)
    {
        if (operation.Documents("304") && etag is not null)
        {
            yield return example with { Why = "304", IfNoneMatch = etag };
        }
        if (operation.Documents("401") && operation.NeedsKey)
        {
            yield return example with { Why = "401", Key = null };
        }
        if (operation.Documents("403") && operation.NeedsKey)
        {
            yield return example with { Why = "403", Key = readKey };
        }
        if (operation.Documents("428"))
        {
            yield return example with { Why = "428", IfMatch = null };
        }
        if (operation.Documents("412"))
        {
            yield return example with { Why = "412", IfMatch = StaleETag };
        }
        if (operation.Documents("415") && example.Body is not null)
        {
            yield return example with { Why = "415", ContentType = "text/plain", Body = "not json" };
        }
        if (operation.Documents("413") && example.Body is not null)
        {
            yield return example with { Why = "413", Body = $"{{\"name\":\"{new string('x', 1_100_000)}\"}}" };
        }
        if (operation.Documents("400") && example.Body is not null)
        {
            yield return example with { Why = "400 malformed body", Body = "{\"title\": " };
        }
        if (operation.Documents("400") && BadParameterUrl() is { } badUrl)
        {
            yield return example with { Why = "400 bad parameter", Url = badUrl };
        }
        if (operation.Documents("404") && operation.Path.Contains('{', StringComparison.Ordinal))
        {
            yield return example with { Why = "404", Url = ExampleUrl(unknownItem: true), IfMatch = example.IfMatch is null ? null : "*" };
        }
    }

    private ContractCall Call(string why, string url) => new(operation.Id, operation.Method, operation.Path, url, why);

    private string ExampleUrl(bool unknownItem = false, (string Name, string Value)? queryOverride = null)
    {
        var path = operation.Path;
        var pathParameters = operation.Parameters("path").ToList();
        foreach (var parameter in pathParameters)
        {
            var name = (string)parameter["name"]!;
            var value = parameter["example"]?.ToString() ?? throw new InvalidOperationException($"{operation.Id}: path parameter '{name}' has no example");
            if (unknownItem && parameter == pathParameters[^1])
            {
                value = (string?)parameter["schema"]?["type"] == "integer" ? "999999" : "no-such-item";
            }
            path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
        }
        var query = operation.Parameters("query")
            .Where(p => p["required"]?.GetValue<bool>() == true)
            .Select(p => ((string)p["name"]!, ExampleText(p["example"])))
            .Where(p => p.Item1 != queryOverride?.Name)
            .Concat(queryOverride is { } extra ? [extra] : [])
            .Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}")
            .ToList();
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    /// <summary>A whole-number parameter one below its minimum: the simplest bad value every list documents.</summary>
    private string? BadParameterUrl()
    {
        var integer = operation.Parameters("query").Concat(operation.Parameters("path"))
            .FirstOrDefault(p => (string?)p["schema"]?["type"] == "integer" && p["schema"]?["minimum"] is not null);
        if (integer is null)
        {
            return operation.Parameters("query").Any(p => (string?)p["name"] == "include") ? ExampleUrl(queryOverride: ("include", "no-such-include")) : null;
        }
        var name = (string)integer["name"]!;
        var below = (int.Parse(integer["schema"]!["minimum"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (string?)integer["in"] == "path"
            ? ExampleUrl().Replace($"/{integer["example"]}", $"/{below}", StringComparison.Ordinal)
            : ExampleUrl(queryOverride: (name, below));
    }

    private string? BodyMediaType()
    {
        var content = operation.Operation["requestBody"]?["content"]?.AsObject();
        return content is null ? null : content.ContainsKey("application/merge-patch+json") && operation.Method == "patch" ? "application/merge-patch+json" : content.First().Key;
    }

    private string? ExampleBody() =>
        BodyMediaType() is { } media ? (operation.Operation["requestBody"]!["content"]![media]!["example"]
            ?? throw new InvalidOperationException($"{operation.Id}: request body has no example")).ToJsonString() : null;

    private static string ExampleText(JsonNode? example) =>
        example is JsonArray list ? string.Join(',', list.Select(i => i!.ToString())) : example?.ToString() ?? "";
}

using System.Text.Json.Nodes;

namespace ContentApi.Tests.Fuzzing;

/// <summary>One operation of the served OpenAPI document, as much as the fuzzer needs of it.</summary>
public sealed record FuzzOperation(string Method, string Path, IReadOnlyList<FuzzParameter> Parameters, string? MediaType, JsonNode? BodyExample)
{
    public string Name => $"{Method} {Path}";

    /// <summary>Reads every operation; writes come after reads and deletes last, so a delete does not starve what follows.</summary>
    public static List<FuzzOperation> AllIn(JsonNode document) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => From(path.Key, op.Key.ToUpperInvariant(), op.Value!)))
            .OrderBy(op => Array.IndexOf(["GET", "POST", "PUT", "PATCH", "DELETE"], op.Method))
            .ToList();

    private static FuzzOperation From(string path, string method, JsonNode operation)
    {
        var parameters = (operation["parameters"]?.AsArray() ?? []).Select(p => new FuzzParameter(
            (string)p!["name"]!, (string)p["in"]!, (long?)p["schema"]?["minimum"], (long?)p["schema"]?["maximum"])).ToList();
        var content = operation["requestBody"]?["content"]?.AsObject().FirstOrDefault();
        return new FuzzOperation(method, path, parameters, content?.Key, content?.Value?["example"]?.DeepClone());
    }
}

public sealed record FuzzParameter(string Name, string In, long? Minimum, long? Maximum);

/// <summary>Who sends a request: nobody, the operator's key (every scope), or a key that does not exist.</summary>
public enum FuzzCaller
{
    Anonymous,
    Operator,
    WrongKey,
}

/// <summary>One generated request: path and query filled in, headers, and a body as raw text.</summary>
public sealed record FuzzRequest(FuzzOperation Operation, FuzzCaller Caller, string Url, IReadOnlyDictionary<string, string> Headers, string? Body, string What);

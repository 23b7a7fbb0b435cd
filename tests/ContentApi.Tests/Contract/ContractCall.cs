using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ContentApi.Tests.Contract;

/// <summary>One request the contract test sends for a documented operation, and why.</summary>
public sealed record ContractCall(string OperationId, string Method, string PathTemplate, string Url, string Why)
{
    public string? Key { get; init; }
    public string? IfMatch { get; init; }
    public string? IfNoneMatch { get; init; }
    public string? ContentType { get; init; }
    public string? Body { get; init; }

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method.ToUpperInvariant()), Url);
        if (Key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        }
        if (IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        }
        if (IfNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", IfNoneMatch);
        }
        if (Body is not null)
        {
            request.Content = new StringContent(Body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType!);
        }
        return request;
    }

    public override string ToString() => $"{OperationId} ({Why}): {Method.ToUpperInvariant()} {Url}";
}

/// <summary>An operation of openapi.json: where it is, and its documented parts.</summary>
public sealed record ContractOperation(string Path, string Method, JsonObject Operation)
{
    public string Id => (string)Operation["operationId"]!;
    public JsonObject Responses => Operation["responses"]!.AsObject();
    public bool Documents(string status) => Responses.ContainsKey(status);
    public bool NeedsKey => Operation["security"] is JsonArray security && !security.Any(s => s!.AsObject().Count == 0);
    public IEnumerable<JsonObject> Parameters(string location) =>
        Operation["parameters"]?.AsArray().Select(p => p!.AsObject()).Where(p => (string?)p["in"] == location) ?? [];
}

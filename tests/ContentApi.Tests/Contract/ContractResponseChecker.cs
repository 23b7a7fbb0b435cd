using System.Text.Json.Nodes;

namespace ContentApi.Tests.Contract;

/// <summary>Holds one real answer against its operation's documented responses.</summary>
public sealed class ContractResponseChecker(OpenApiSchemaValidator validator)
{
    /// <summary>The headers the API sends that a client reads; each one sent must be documented on that response.</summary>
    private static readonly string[] Tracked = ["ETag", "Last-Modified", "Link", "X-Total-Count", "RateLimit", "RateLimit-Policy", "Retry-After", "Location"];
    private static readonly string[] IntegerHeaders = ["X-Total-Count", "Retry-After"];

    public async Task<List<string>> CheckAsync(ContractOperation operation, ContractCall call, HttpResponseMessage response, bool expectSuccess)
    {
        var failures = new List<string>();
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = await response.Content.ReadAsStringAsync();
        if (expectSuccess && (int)response.StatusCode is < 200 or > 299)
        {
            failures.Add($"{call}: the example request answered {status}, not 2xx: {Cut(body)}");
        }
        if (!expectSuccess && !call.Why.StartsWith(status, StringComparison.Ordinal))
        {
            failures.Add($"{call}: answered {status}: {Cut(body)}");
        }
        if (operation.Responses[status] is not JsonObject documented)
        {
            failures.Add($"{call}: status {status} is not documented");
            return failures;
        }
        documented = documented["$ref"] is { } reference ? validator.Resolve((string)reference!) : documented;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var content = documented["content"]?.AsObject();
        if (body.Length > 0)
        {
            // A documented media type may carry parameters (`; charset=utf-8`); the answer's essence must match.
            var entry = content?.FirstOrDefault(c => c.Key.Split(';')[0].Trim() == mediaType).Value;
            if (entry?["schema"] is not JsonObject schema)
            {
                failures.Add($"{call}: a {mediaType} body, but {status} documents {string.Join(", ", content?.Select(c => c.Key) ?? ["no body"])}");
            }
            else
            {
                // JSON bodies are validated as JSON; a feed or sitemap (XML) against its string schema.
                var value = mediaType!.EndsWith("json", StringComparison.Ordinal) ? JsonNode.Parse(body) : JsonValue.Create(body);
                failures.AddRange(validator.Validate(value, schema).Select(e => $"{call}: {status} body {e}"));
            }
        }
        else if (content is { Count: > 0 })
        {
            failures.Add($"{call}: {status} documents a body, but none came");
        }
        var headers = documented["headers"]?.AsObject();
        foreach (var name in Tracked.Where(h => response.Headers.NonValidated.Contains(h) || response.Content.Headers.NonValidated.Contains(h)))
        {
            if (headers?.ContainsKey(name) != true)
            {
                failures.Add($"{call}: sends {name}, which {status} does not document");
            }
            else if (IntegerHeaders.Contains(name) && !int.TryParse(Value(response, name), out _))
            {
                failures.Add($"{call}: {name} '{Value(response, name)}' is not an integer");
            }
        }
        return failures;
    }

    private static string Value(HttpResponseMessage response, string name) =>
        (response.Headers.NonValidated.TryGetValues(name, out var values) ? values : response.Content.Headers.NonValidated[name]).ToString();

    private static string Cut(string body) => body.Length > 300 ? body[..300] + "…" : body;
}

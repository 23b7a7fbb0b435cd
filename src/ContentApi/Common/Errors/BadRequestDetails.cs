using System.Text.Json;

namespace ContentApi.Common.Errors;

/// <summary>
/// Says what was wrong with a request the framework refused (malformed JSON, wrong media type, too
/// large, no body) and what is allowed, instead of a bare status.
/// </summary>
internal static class BadRequestDetails
{
    public static void Describe(BadHttpRequestException bad, Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        if (bad.InnerException is JsonException json)
        {
            var message = json.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            var reason = cut >= 0 ? message[..cut] : message;
            var line = json.LineNumber is { } l ? l + 1 : (long?)null;
            var position = json.BytePositionInLine is { } b ? b + 1 : (long?)null;
            problem.Detail = $"The request body is not valid JSON for this operation: {reason} (line {line}, byte {position} of that line{(json.Path is { Length: > 1 } p ? $", at {p}" : "")}).";
            if (json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal))
            {
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [path[2..]] = [reason] };
            }
            return;
        }
        problem.Detail = bad.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType =>
                $"{bad.Message} Send the body as application/json (a PATCH as application/merge-patch+json).",
            StatusCodes.Status413PayloadTooLarge => $"{bad.Message} See Limits:MaxRequestBodyBytes.",
            _ when bad.Message.Contains("was not provided from body", StringComparison.Ordinal) =>
                "The request has no body; send the item as JSON (Content-Type: application/json).",
            _ => bad.Message,
        };
    }
}

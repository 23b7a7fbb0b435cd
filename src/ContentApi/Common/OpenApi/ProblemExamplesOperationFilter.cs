using System.Reflection;
using System.Text.Json;
using ContentApi.Common.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>Describes each operation's 400 and 404 problems and gives each an example, so Swagger UI shows what goes wrong.</summary>
internal sealed class ProblemExamplesOperationFilter(JsonSerializerOptions json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var path = "/" + context.ApiDescription.RelativePath?.TrimEnd('/');
        if (Response(operation, "404") is { } notFound)
        {
            var example = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<NotFoundExample>().FirstOrDefault();
            notFound.Description = example?.Description ?? "Not found.";
            SetExample(notFound, new ProblemDetails
            {
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
                Title = "Not Found",
                Status = StatusCodes.Status404NotFound,
                Detail = example?.Detail ?? "Nothing is served at this path.",
                Instance = path,
            });
        }
        if (Response(operation, "400") is { } badRequest)
        {
            badRequest.Description = "A parameter is invalid. `errors` names each bad parameter with the value given and what is allowed; `detail` sums them up.";
            if (BadRequest(context) is var (name, message))
            {
                SetExample(badRequest, new HttpValidationProblemDetails(new Dictionary<string, string[]> { [name] = [message] })
                {
                    Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                    Title = "One or more validation errors occurred.",
                    Status = StatusCodes.Status400BadRequest,
                    Detail = message,
                    Instance = path,
                });
            }
        }
    }

    private static OpenApiResponse? Response(OpenApiOperation operation, string status) =>
        operation.Responses?.TryGetValue(status, out var response) == true ? response as OpenApiResponse : null;

    private void SetExample<T>(OpenApiResponse response, T problem)
    {
        if (response.Content?.TryGetValue("application/problem+json", out var media) == true && media is OpenApiMediaType writable)
        {
            writable.Example = JsonSerializer.SerializeToNode(problem, json);
        }
    }

    private static (string Name, string Message)? BadRequest(OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<BadRequestExample>().FirstOrDefault() is { } example)
        {
            return (example.Parameter, example.Message);
        }
        if (FirstIntegerParameter(context) is not var (name, rule))
        {
            return null;
        }
        var bad = rule.Maximum == int.MaxValue ? rule.Minimum - 1 : rule.Maximum + 1;
        return (name, $"{QueryInteger.Rule(name, rule.Minimum, rule.Maximum)}; got '{bad}'.");
    }

    private static (string Name, IntegerParameterAttribute Rule)? FirstIntegerParameter(OperationFilterContext context) =>
        context.ApiDescription.ParameterDescriptions
            .Select(p => (p.Name, Rule: p.ParameterInfo()?.GetCustomAttribute<IntegerParameterAttribute>()
                ?? p.PropertyInfo()?.GetCustomAttribute<IntegerParameterAttribute>()))
            .Where(p => p.Rule is not null)
            .Select(p => ((string, IntegerParameterAttribute)?)(p.Name, p.Rule!))
            .FirstOrDefault();
}

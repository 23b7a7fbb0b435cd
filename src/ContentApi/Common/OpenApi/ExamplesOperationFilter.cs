using System.Text.Json;
using ContentApi.Common.Paging;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Common.OpenApi;

/// <summary>Puts an example on every JSON response whose type has one (<see cref="IHasExample{TSelf}"/>), lists included.</summary>
internal sealed class ExamplesOperationFilter(JsonSerializerOptions json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var responseType in context.ApiDescription.SupportedResponseTypes)
        {
            var key = responseType.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (responseType.Type is null
                || operation.Responses?.TryGetValue(key, out var response) != true
                || response?.Content?.TryGetValue("application/json", out var media) != true
                || media is not OpenApiMediaType writable
                || ExampleOf(responseType.Type) is not { } example)
            {
                continue;
            }
            writable.Example = JsonSerializer.SerializeToNode(example, responseType.Type, json);
        }
    }

    internal static object? ExampleOf(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedList<>))
        {
            var itemType = type.GetGenericArguments()[0];
            if (ExampleOf(itemType) is not { } item)
            {
                return null;
            }
            var items = Array.CreateInstance(itemType, 1);
            items.SetValue(item, 0);
            return Activator.CreateInstance(type, items, new PageMeta(1, PageQuery.DefaultPageSize, 1, 1, null));
        }
        var hasExample = type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IHasExample<>));
        return hasExample ? type.GetProperty("Example")?.GetValue(null) : null;
    }
}

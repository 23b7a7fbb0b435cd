using System.Globalization;
using System.Text.Json.Nodes;

namespace ContentApi.Tests.Contract;

/// <summary>
/// Validates JSON against the OpenAPI 3.0 schema subset openapi.json uses ($ref, type with nullable,
/// properties, required, additionalProperties, items, allOf, anyOf, enum, lengths, bounds, date-time).
/// A keyword outside that subset fails loudly, so the document cannot outgrow the validator unseen.
/// </summary>
public sealed class OpenApiSchemaValidator(JsonNode document)
{
    private static readonly HashSet<string> Annotations = ["description", "example", "format", "default", "title", "readOnly", "writeOnly", "deprecated"];
    private static readonly HashSet<string> Checked =
        ["$ref", "type", "nullable", "properties", "required", "additionalProperties", "items", "allOf", "anyOf", "enum", "minLength", "maxLength", "minimum", "maximum"];

    public List<string> Validate(JsonNode? value, JsonNode schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema.AsObject(), path, errors);
        return errors;
    }

    private void Check(JsonNode? value, JsonObject schema, string path, List<string> errors)
    {
        if (schema.Select(k => k.Key).FirstOrDefault(k => !Checked.Contains(k) && !Annotations.Contains(k)) is { } unknown)
        {
            throw new NotSupportedException($"The validator does not know the keyword '{unknown}' (at {path}).");
        }
        if (schema["$ref"] is { } reference)
        {
            Check(value, Resolve((string)reference!), path, errors);
            return;
        }
        if (value is null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true && schema["type"] is not null)
            {
                errors.Add($"{path}: null, but the schema is not nullable");
            }
            if (schema["type"] is not null || schema["enum"] is not null)
            {
                CheckEnum(value, schema, path, errors);
                return;
            }
        }
        if (schema["type"] is { } type && !HasType(value, (string)type!))
        {
            errors.Add($"{path}: expected {type}, got {value?.GetValueKind().ToString() ?? "null"}");
            return;
        }
        CheckEnum(value, schema, path, errors);
        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Check(value, part!.AsObject(), path, errors);
        }
        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(part => Validate(value, part!, path).Count == 0))
        {
            errors.Add($"{path}: matches none of anyOf ({string.Join("; ", anyOf.SelectMany(p => Validate(value, p!, path)).Take(3))})");
        }
        switch (value)
        {
            case JsonObject obj:
                CheckObject(obj, schema, path, errors);
                break;
            case JsonArray array when schema["items"] is JsonObject items:
                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], items, $"{path}[{i}]", errors);
                }
                break;
            case JsonValue scalar:
                CheckScalar(scalar, schema, path, errors);
                break;
        }
    }

    private void CheckObject(JsonObject obj, JsonObject schema, string path, List<string> errors)
    {
        var properties = schema["properties"]?.AsObject();
        foreach (var name in schema["required"]?.AsArray().Select(n => (string)n!) ?? [])
        {
            if (!obj.ContainsKey(name))
            {
                errors.Add($"{path}: required property '{name}' is missing");
            }
        }
        foreach (var (name, member) in obj)
        {
            if (properties?[name] is JsonObject property)
            {
                Check(member, property, $"{path}.{name}", errors);
            }
            else if (schema["additionalProperties"] is JsonObject extra)
            {
                Check(member, extra, $"{path}.{name}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>() || properties is not null && schema["additionalProperties"] is null)
            {
                errors.Add($"{path}: property '{name}' is not in the schema");
            }
        }
    }

    private static void CheckScalar(JsonValue scalar, JsonObject schema, string path, List<string> errors)
    {
        if (scalar.TryGetValue<string>(out var text))
        {
            if (schema["minLength"] is { } min && text.Length < (int)min)
            {
                errors.Add($"{path}: shorter than {min}");
            }
            if (schema["maxLength"] is { } max && text.Length > (int)max)
            {
                errors.Add($"{path}: longer than {max}");
            }
            if ((string?)schema["format"] == "date-time" && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{path}: '{text}' is not a date-time");
            }
        }
        else if (scalar.TryGetValue<double>(out var number))
        {
            if (schema["minimum"] is { } min && number < double.Parse(min.ToString(), CultureInfo.InvariantCulture))
            {
                errors.Add($"{path}: {number} is below {min}");
            }
            if (schema["maximum"] is { } max && number > double.Parse(max.ToString(), CultureInfo.InvariantCulture))
            {
                errors.Add($"{path}: {number} is above {max}");
            }
        }
    }

    private static void CheckEnum(JsonNode? value, JsonObject schema, string path, List<string> errors)
    {
        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {value?.ToJsonString() ?? "null"} is not one of {allowed.ToJsonString()}");
        }
    }

    private static bool HasType(JsonNode? value, string type) => (type, value?.GetValueKind()) switch
    {
        ("object", System.Text.Json.JsonValueKind.Object) => true,
        ("array", System.Text.Json.JsonValueKind.Array) => true,
        ("string", System.Text.Json.JsonValueKind.String) => true,
        ("boolean", System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False) => true,
        ("number", System.Text.Json.JsonValueKind.Number) => true,
        ("integer", System.Text.Json.JsonValueKind.Number) => value!.AsValue().TryGetValue<long>(out _) || double.IsInteger(value.GetValue<double>()),
        _ => false,
    };

    public JsonObject Resolve(string reference)
    {
        var node = reference.TrimStart('#', '/').Split('/').Aggregate<string, JsonNode?>(document, (n, part) => n?[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]);
        return node?.AsObject() ?? throw new InvalidOperationException($"Unresolved {reference}");
    }
}

using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace ContentApi.Common.Validation;

/// <summary>
/// Finds the nulls the JSON reader accepts but a request record does not: an element of a list
/// whose element type is not nullable (<c>"tags": [null]</c>), at any depth, named by its path
/// (<c>suggestedAmounts[0]</c>). Declared nullability decides, so a record says once what it allows.
/// </summary>
public static class NullElements
{
    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    public static IEnumerable<(string Path, string Message)> In(object? request, string path = "")
    {
        if (request is null)
        {
            yield break;
        }
        foreach (var member in Members.GetOrAdd(request.GetType(), Describe))
        {
            var value = member.Property.GetValue(request);
            var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
            if (value is IEnumerable list and not string)
            {
                var index = 0;
                foreach (var element in list)
                {
                    var elementPath = $"{memberPath}[{index++}]";
                    if (element is null && member.ElementNotNull)
                    {
                        yield return (elementPath, $"{elementPath} is null: this list holds no nulls; give a value or leave the item out.");
                    }
                    foreach (var inner in IsRequestRecord(element?.GetType()) ? In(element, elementPath) : [])
                    {
                        yield return inner;
                    }
                }
            }
            else if (IsRequestRecord(value?.GetType()))
            {
                foreach (var inner in In(value, memberPath))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsRequestRecord(Type? type) =>
        type is { IsClass: true } && type.Assembly == typeof(NullElements).Assembly;

    private static Member[] Describe(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(string) && !p.PropertyType.IsValueType)
            .Select(p => new Member(p, JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                nullability.Create(p).GenericTypeArguments is [{ ReadState: NullabilityState.NotNull }]))
            .ToArray();
    }

    private sealed record Member(PropertyInfo Property, string Name, bool ElementNotNull);
}

namespace ContentApi.Common.OpenApi;

/// <summary>
/// A response property written only when the request asks for it (an include, a search), or only
/// when it has a value: OpenAPI lists it as optional, where every other property is required.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OnRequestAttribute : Attribute;

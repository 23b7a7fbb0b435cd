namespace ContentApi.Common.OpenApi;

/// <summary>
/// A response type whose properties a request may leave out (`fields=`): its schema then requires
/// none, so an item with only the fields asked for still validates.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SparseAttribute : Attribute;

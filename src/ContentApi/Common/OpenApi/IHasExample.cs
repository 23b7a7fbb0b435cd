namespace ContentApi.Common.OpenApi;

/// <summary>A response record that carries an example built from the seed, shown in Swagger UI.</summary>
public interface IHasExample<out TSelf>
{
    static abstract TSelf Example { get; }
}

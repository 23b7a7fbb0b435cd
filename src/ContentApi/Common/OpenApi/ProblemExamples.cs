namespace ContentApi.Common.OpenApi;

/// <summary>Endpoint metadata: what a 404 from this endpoint says, shown as its example.</summary>
public sealed record NotFoundExample(string Description, string Detail);

/// <summary>Endpoint metadata: an example of the 400 this endpoint answers, for a parameter that is not a whole number.</summary>
public sealed record BadRequestExample(string Parameter, string Message);

public static class ProblemExamples
{
    /// <summary>Documents the endpoint's 404 problem, with a description and an example detail.</summary>
    public static RouteHandlerBuilder ProducesNotFound(this RouteHandlerBuilder builder, string description, string exampleDetail) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound).WithMetadata(new NotFoundExample(description, exampleDetail));

    /// <summary>Gives the endpoint's 400 problem an example naming <paramref name="parameter"/> (integer parameters get one without this).</summary>
    public static RouteHandlerBuilder WithBadRequestExample(this RouteHandlerBuilder builder, string parameter, string message) =>
        builder.WithMetadata(new BadRequestExample(parameter, message));
}

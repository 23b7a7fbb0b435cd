namespace ContentApi.Common.OpenApi;

/// <summary>Endpoint metadata: what a 404 from this endpoint says, shown as its example.</summary>
public sealed record NotFoundExample(string Description, string Detail);

public static class ProblemExamples
{
    /// <summary>Documents the endpoint's 404 problem, with a description and an example detail.</summary>
    public static RouteHandlerBuilder ProducesNotFound(this RouteHandlerBuilder builder, string description, string exampleDetail) =>
        builder.ProducesProblem(StatusCodes.Status404NotFound).WithMetadata(new NotFoundExample(description, exampleDetail));
}

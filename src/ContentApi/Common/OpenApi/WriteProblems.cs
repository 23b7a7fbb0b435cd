namespace ContentApi.Common.OpenApi;

/// <summary>Documents the problems a write can answer besides 400/404 (401 and 403 come with the security requirement).</summary>
public static class WriteProblems
{
    public static RouteHandlerBuilder ProducesWriteProblems(
        this RouteHandlerBuilder builder, bool body = true, bool ifMatch = false, bool conflict = false)
    {
        if (body)
        {
            builder.ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        }
        if (ifMatch)
        {
            builder.ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        }
        if (conflict)
        {
            builder.ProducesProblem(StatusCodes.Status409Conflict);
        }
        return builder;
    }
}

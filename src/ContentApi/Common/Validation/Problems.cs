using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContentApi.Common.Validation;

/// <summary>The problem+json answers handlers return.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);

    public static ValidationProblem Validation(ValidationResult result)
    {
        var errors = result.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return Validation(errors);
    }

    /// <summary>A 400 for one parameter the handler found wrong (what a validator could not know).</summary>
    public static ValidationProblem Invalid(string parameter, string message) =>
        Validation(new Dictionary<string, string[]> { [parameter] = [message] });

    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(messages => messages)));
}

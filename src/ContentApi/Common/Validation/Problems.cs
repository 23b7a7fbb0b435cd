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
        return TypedResults.ValidationProblem(
            errors,
            detail: string.Join(" ", errors.Values.SelectMany(messages => messages)));
    }
}

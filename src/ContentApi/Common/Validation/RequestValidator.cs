using FluentValidation;
using FluentValidation.Results;

namespace ContentApi.Common.Validation;

/// <summary>
/// The base of every request body's validator: a null the record does not allow (see
/// <see cref="NullElements"/>) is reported by its path, and the rules, which may assume a
/// well-formed record, do not run.
/// </summary>
public abstract class RequestValidator<T> : AbstractValidator<T>
{
    protected override bool PreValidate(ValidationContext<T> context, ValidationResult result)
    {
        foreach (var (path, message) in NullElements.In(context.InstanceToValidate))
        {
            result.Errors.Add(new ValidationFailure(path, message));
        }
        return result.IsValid;
    }
}

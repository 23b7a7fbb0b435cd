using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Http.Metadata;

namespace ContentApi.Common.Validation;

/// <summary>
/// Runs the FluentValidation validator of every handler argument that has one, and answers a
/// problem+json 400 listing all problems by field. Attaches only to endpoints with such an argument.
/// </summary>
public static class ValidationFilter
{
    public static TBuilder WithValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var method = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            if (method is not null && ValidatedArguments(method, endpoint.ApplicationServices).Count > 0)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                    StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            }
        });
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var validated = ValidatedArguments(context.MethodInfo, context.ApplicationServices);
            if (validated.Count == 0)
            {
                return next;
            }
            return async invocation =>
            {
                foreach (var (index, validatorType) in validated)
                {
                    if (invocation.Arguments[index] is not { } argument)
                    {
                        continue;
                    }
                    var validator = (IValidator)invocation.HttpContext.RequestServices.GetRequiredService(validatorType);
                    var result = await validator.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                    if (!result.IsValid)
                    {
                        return Problems.Validation(result);
                    }
                }
                return await next(invocation);
            };
        });
        return builder;
    }

    private static List<(int Index, Type ValidatorType)> ValidatedArguments(MethodInfo method, IServiceProvider services)
    {
        var registered = services.GetRequiredService<IServiceProviderIsService>();
        return method.GetParameters()
            .Select((parameter, index) => (index, typeof(IValidator<>).MakeGenericType(parameter.ParameterType)))
            .Where(x => registered.IsService(x.Item2))
            .ToList();
    }
}

using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Media;

public sealed record MediaRoute
{
    [FromRoute(Name = "id")]
    [IntegerParameter(1, int.MaxValue, int.MinValue, "The image's id, a whole number from 1, e.g. `7`.", Example = 1)]
    public required string Id { get; init; }

    public int Value => QueryInteger.ValueOr(Id, 0);
}

public sealed class MediaRouteValidator : AbstractValidator<MediaRoute>
{
    public MediaRouteValidator() => RuleFor(r => r.Id).MustBeWholeNumber("id", 1, int.MaxValue);
}

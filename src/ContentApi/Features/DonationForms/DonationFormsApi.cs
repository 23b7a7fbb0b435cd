using ContentApi.Common.Caching;
using System.Text.Json;
using ContentApi.Common.Http;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Querying;
using ContentApi.Common.Validation;
using ContentApi.Data;
using FluentValidation;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.DonationForms;

public static class DonationFormsApi
{
    public static IEndpointRouteBuilder MapDonationFormsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/donation-forms").WithTags("Donation forms").WithValidation().WithPageLinks().WithHttpCaching();

        group.MapGet("", ListDonationForms).WithName(nameof(ListDonationForms)).WithCacheTags(CacheTags.Any(DonationFormChanges.TypeName))
            .WithSummary("List donation forms")
            .WithDescription("Every donation form, by id.");
        group.MapGet("/{id}", GetDonationForm).WithName(nameof(GetDonationForm))
            .WithCacheTags((DonationFormResponse form) => [CacheTags.Item(DonationFormChanges.TypeName, form.Id)])
            .WithSummary("Get a donation form by id")
            .WithDescription("What a front end needs to render the form: texts, currency, amounts in minor units, recurring periods, goal and checkout URL. Unknown fields are null.")
            .ProducesNotFound("No donation form has this id.", "No donation form has the id 7.");
        return routes;
    }

    public static Task<Results<Ok<PagedList<DonationFormResponse>>, ValidationProblem>> ListDonationForms(
        [AsParameters] PageQuery query, ContentDbContext db, TypeAdapterConfig mapping, CursorCodec cursors, CancellationToken cancellationToken) =>
        db.DonationForms.AsNoTracking()
            .ToPageAsync(query, ById, "donation-forms", cursors, form => form.Adapt<DonationFormResponse>(mapping), cancellationToken);

    private static readonly Keyset<DonationForm, DonationForm> ById = new(
        forms => forms.OrderBy(f => f.Id),
        (forms, after) => forms.Where(f => f.Id > after.Id),
        forms => forms,
        form => new CursorPosition(form.Id));

    public static async Task<Results<Ok<DonationFormResponse>, ProblemHttpResult>> GetDonationForm(
        [AsParameters] DonationFormRoute route, ContentDbContext db, TypeAdapterConfig mapping, CancellationToken cancellationToken)
    {
        var id = QueryInteger.ValueOr(route.Id, 0);
        var form = await db.DonationForms.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return form is null
            ? Problems.NotFound($"No donation form has the id {id}.")
            : TypedResults.Ok(form.Adapt<DonationFormResponse>(mapping));
    }
}

public sealed record DonationFormRoute
{
    [FromRoute(Name = "id")]
    [IntegerParameter(1, int.MaxValue, int.MinValue, "The form's id, a whole number from 1, e.g. `6`.", Example = 6)]
    public required string Id { get; init; }
}

public sealed class DonationFormRouteValidator : AbstractValidator<DonationFormRoute>
{
    public DonationFormRouteValidator() => RuleFor(r => r.Id).MustBeWholeNumber("id", 1, int.MaxValue);
}

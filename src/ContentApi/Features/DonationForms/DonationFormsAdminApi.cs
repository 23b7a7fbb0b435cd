using ContentApi.Common.Auth;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Paging;
using ContentApi.Common.Validation;
using ContentApi.Common.Writes;
using ContentApi.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.DonationForms;

/// <summary>Writing donation forms: a key with content:write; PUT, PATCH and DELETE need If-Match.</summary>
public static class DonationFormsAdminApi
{
    public static IEndpointRouteBuilder MapDonationFormsAdminApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/donation-forms").WithTags("Donation forms").RequireWriteKey();
        const string notFound = "No donation form has this id.";
        const string example = "No donation form has the id 7.";

        group.MapPost("", CreateDonationForm).WithName(nameof(CreateDonationForm)).WithValidation()
            .WithSummary("Create a donation form").WithDescription("Takes the next free id. Amounts are in minor units (cents). Answers 201 with `Location`, the form and its `ETag`.")
            .ProducesWriteProblems();
        group.MapPut("/{id}", ReplaceDonationForm).WithName(nameof(ReplaceDonationForm)).RequireIfMatch().WithValidation()
            .WithSummary("Replace a donation form").WithDescription("Replaces every field. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true).ProducesNotFound(notFound, example);
        group.MapPatch("/{id}", PatchDonationForm).WithName(nameof(PatchDonationForm)).RequireIfMatch().WithValidation()
            .Accepts<DonationFormRequest>(JsonBody.MergePatchMediaType, "application/json")
            .WithSummary("Change part of a donation form").WithDescription("A JSON merge patch (RFC 7396) of the request shape; `suggestedAmounts` is replaced whole. Needs `If-Match`.")
            .ProducesWriteProblems(ifMatch: true).ProducesNotFound(notFound, example);
        group.MapDelete("/{id}", DeleteDonationForm).WithName(nameof(DeleteDonationForm)).RequireIfMatch().WithValidation()
            .WithSummary("Delete a donation form").WithDescription("Deletes the form for good; 409 while an article embeds it or it is the site's default. Needs `If-Match`.")
            .ProducesWriteProblems(body: false, ifMatch: true, conflict: true).ProducesNotFound(notFound, example);
        return routes;
    }

    public static Task<Results<Created<DonationFormResponse>, ProblemHttpResult>> CreateDonationForm(
        [FromBody] DonationFormRequest request, ItemWrites writes, DonationFormSpec spec, HttpContext http, CancellationToken cancellationToken) =>
        writes.CreateAsync(spec, new DonationForm { Title = "" }, request, http, cancellationToken);

    public static Task<Results<Ok<DonationFormResponse>, ProblemHttpResult, ValidationProblem>> ReplaceDonationForm(
        [AsParameters] DonationFormRoute route, [FromBody] DonationFormRequest request, ItemWrites writes, DonationFormSpec spec,
        ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        writes.UpdateAsync(spec, Load(db, route), NoForm(route), request, null, http, cancellationToken);

    public static async Task<Results<Ok<DonationFormResponse>, ProblemHttpResult, ValidationProblem>> PatchDonationForm(
        [AsParameters] DonationFormRoute route, ItemWrites writes, DonationFormSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await writes.UpdateAsync(spec, Load(db, route), NoForm(route), null, await JsonBody.ReadMergePatchAsync(http.Request, cancellationToken), http, cancellationToken);

    public static Task<Results<NoContent, ProblemHttpResult>> DeleteDonationForm(
        [AsParameters] DonationFormRoute route, ItemWrites writes, DonationFormSpec spec, ContentDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        writes.DeleteAsync(spec, Load(db, route), NoForm(route), http, cancellationToken);

    private static Func<CancellationToken, Task<DonationForm?>> Load(ContentDbContext db, DonationFormRoute route)
    {
        var id = QueryInteger.ValueOr(route.Id, 0);
        return ct => db.DonationForms.FirstOrDefaultAsync(f => f.Id == id, ct);
    }

    private static string NoForm(DonationFormRoute route) => $"No donation form has the id {route.Id}.";
}

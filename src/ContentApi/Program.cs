using ContentApi.Common;
using ContentApi.Common.Caching;
using ContentApi.Common.Errors;
using ContentApi.Common.Health;
using ContentApi.Common.Hosting;
using ContentApi.Common.Http;
using ContentApi.Common.RateLimiting;
using ContentApi.Common.OpenApi;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Site;
using ContentApi.Features.Tags;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrlUnlessConfigured();
builder.AddContentApi();

var app = builder.Build();
app.UseApiProblemDetails();
app.UseHeadAsGet();
app.UseRouting();
app.UseClientRateLimiting();
app.UseHttpCaching();
app.UseApiDocumentation();

app.MapSiteApi();
app.MapArticlesApi();
app.MapSearchApi();
app.MapAuthorsApi();
app.MapTagsApi();
app.MapDonationFormsApi();
app.MapHealthEndpoints();

await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;

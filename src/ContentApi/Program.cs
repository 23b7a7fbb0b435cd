using ContentApi.Common;
using ContentApi.Common.Caching;
using ContentApi.Common.Cors;
using ContentApi.Common.Auth;
using ContentApi.Common.Errors;
using ContentApi.Common.Health;
using ContentApi.Common.Hosting;
using ContentApi.Common.Http;
using ContentApi.Common.RateLimiting;
using ContentApi.Common.OpenApi;
using ContentApi.Common.Querying;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Audit;
using ContentApi.Features.Authors;
using ContentApi.Features.Changes;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Feeds;
using ContentApi.Features.Import;
using ContentApi.Features.Pages;
using ContentApi.Features.Redirects;
using ContentApi.Features.Sitemaps;
using ContentApi.Features.Keys;
using ContentApi.Features.Media;
using ContentApi.Features.Site;
using ContentApi.Features.Tags;
using ContentApi.Features.Webhooks;

StartupRefusal.ExitCleanlyOnRefusal();
if (KeysCommand.Matches(args))
{
    Environment.ExitCode = await KeysCli.RunAsync(args);
    return;
}
if (ImportCli.Matches(args))
{
    Environment.ExitCode = await ImportCli.RunAsync(args);
    return;
}

if (MigrateCommand.Matches(args))
{
    Environment.ExitCode = await MigrateCommand.RunAsync(args);
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrlUnlessConfigured();
builder.AddContentApi();

var app = builder.Build();
app.UseKnownProxies();
app.UseStatusCacheControl();
app.UseApiProblemDetails();
app.UseHeadAsGet();
app.UseOldPermalinkQueries();
app.UseFrontEnd();
app.UseRouting();
app.UseReplicaReads();
app.UseOldPermalinks();
// CORS before the limiter and keys, so preflights are answered and 429s and 401s carry its headers.
app.UseContentCors();
// The limiter counts a verified key by its id, so authentication comes first; a wrong key is then counted by address.
app.UseApiKeyAuthentication();
app.UseClientRateLimiting();
app.UseRequestBodyLimit();
// Keys are checked before the output cache, so a cached answer is only ever served to a caller allowed to see it.
app.UseApiKeyAuthorization();
app.UseQueryParameterCheck();
app.UseHttpCaching();
app.UseApiDocumentation();

var delivery = app.MapGroup("").RequireReadKeyWhenConfigured().ReadsFromReplica();
delivery.MapSiteApi();
delivery.MapArticlesApi();
delivery.MapSearchApi();
delivery.MapAuthorsApi();
delivery.MapTagsApi();
delivery.MapDonationFormsApi();
delivery.MapChangesApi();
delivery.MapFeedsApi();
delivery.MapSitemapsApi();
delivery.MapPagesApi();
delivery.MapRedirectsApi();
app.MapArticlesAdminApi();
app.MapRelatedLinksAdminApi();
app.MapAuthorsAdminApi();
app.MapTagsAdminApi();
app.MapDonationFormsAdminApi();
app.MapSiteAdminApi();
app.MapMediaAdminApi();
app.MapGroup("").ReadsFromReplica().MapMediaDeliveryApi();
app.MapKeysApi();
app.MapWebhooksAdminApi();
app.MapAuditApi();
app.MapHealthEndpoints();

await app.PrepareDatabaseAsync();
await app.RunAsync();

public partial class Program;

using ContentApi.Common.Text;
using ContentApi.Common.Writes;
using ContentApi.Data;
using ContentApi.Features.Authors;
using ContentApi.Features.DonationForms;
using ContentApi.Features.Import.Wxr;
using ContentApi.Features.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Import;

/// <summary>Writes one export's authors, terms, GiveWP forms and page tree into the current batch; posts and pages go to <see cref="ImportedPosts"/>.</summary>
public sealed class ImportedItems(ContentDbContext db, ImportedPosts posts, IOptions<ImportOptions> options)
{
    public int BatchSize => Math.Clamp(options.Value.BatchSize, 1, 10000);

    public async Task HeaderAsync(ImportContext context, CancellationToken cancellationToken)
    {
        var origins = await OriginsAsync(context, cancellationToken);
        foreach (var author in context.Scan.Authors)
        {
            var hash = Hash(author.DisplayName, author.Description);
            if (origins.TryGetValue(("author", author.Login), out var known))
            {
                context.AuthorIds[author.Login] = known.EntityId;
                ImportReport.Count(context.Report.Unchanged, "authors");
                continue;
            }
            var slug = Slug.Unique(Slug.FromOrHash(author.Login, "author"), taken => db.Authors.Any(a => a.Slug == taken));
            var entity = new Author { Slug = slug, Name = Limit(author.DisplayName, 200), Bio = author.Description };
            db.Authors.Add(entity);
            context.NewOrigins.Add((entity, "author", author.Login, hash));
            context.Wrote(entity, "author", WriteKind.Created);
            ImportReport.Count(context.Report.Imported, "authors");
        }
        var newTerms = context.Scan.Terms.Where(t => !origins.ContainsKey(("term", t.Key)))
            .Select(t => (t.Key, t.Value, Slug: Slug.From(t.Key) is { Length: > 0 } ascii && ascii == t.Key ? t.Key : Slug.FromOrHash(t.Value.Name, "tag"))).ToList();
        var slugs = newTerms.Select(t => t.Slug).Distinct().ToList();
        // A tag of the same slug made before (by hand, or by another site's import) is the same tag.
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);
        foreach (var (key, known) in origins.Where(o => o.Key.Item1 == "term" && context.Scan.Terms.ContainsKey(o.Key.Item2)).Select(o => (o.Key.Item2, o.Value)))
        {
            context.TagIds[key] = known.EntityId;
            ImportReport.Count(context.Report.Unchanged, "tags");
        }
        foreach (var (key, term, slug) in newTerms)
        {
            if (!existing.TryGetValue(slug, out var entity))
            {
                entity = existing[slug] = new Tag { Slug = slug, Name = Limit(term.Name, 200), Description = term.Description };
                db.Tags.Add(entity);
                context.Wrote(entity, "tag", WriteKind.Created);
                ImportReport.Count(context.Report.Imported, "tags");
            }
            context.NewOrigins.Add((entity, "term", key, Hash(term.Name, term.Description)));
        }
        foreach (var known in await db.Set<WordPressOrigin>().Where(o => o.SiteUrl == context.SiteUrl && (o.Kind == "form" || o.Kind == "attachment")).ToListAsync(cancellationToken))
        {
            (known.Kind == "form" ? context.FormIds : context.MediaIds)[long.Parse(known.Key, System.Globalization.CultureInfo.InvariantCulture)] = known.EntityId;
        }
    }

    public Task PrepareAsync(IReadOnlyList<WxrItem> batch, ImportContext context, CancellationToken cancellationToken) =>
        batch[0].PostType == "give_forms" ? Task.CompletedTask : posts.PrepareAsync(batch, context, cancellationToken);

    public async Task ItemAsync(WxrItem item, ImportContext context, CancellationToken cancellationToken)
    {
        if (item.PostType == "give_forms")
        {
            await FormAsync(item, context, cancellationToken);
        }
        else
        {
            await posts.ImportAsync(item, context, cancellationToken);
        }
    }

    private async Task FormAsync(WxrItem item, ImportContext context, CancellationToken cancellationToken)
    {
        var key = Key(item.Id);
        var origin = await db.Set<WordPressOrigin>().FirstOrDefaultAsync(o => o.SiteUrl == context.SiteUrl && o.Kind == "form" && o.Key == key, cancellationToken);
        if (origin is not null && (origin.Hash == item.Hash || !context.Update))
        {
            context.FormIds[item.Id] = origin.EntityId;
            Unchanged(context, "donation forms", item, origin.Hash != item.Hash);
            return;
        }
        if (item.Id is <= 0 or > int.MaxValue)
        {
            context.Report.Skipped.Add($"give_forms {item.Id}: the id does not fit a donation form id");
            return;
        }
        // Donation form ids are the publishing system's (GiveWP's "Donation Form (#6)"), so the form keeps its WordPress id;
        // a form of that id already here came from the same GiveWP, and is filled in from the export.
        var id = (int)item.Id;
        var form = await db.DonationForms.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        var created = form is null;
        form ??= new DonationForm { Id = id, Title = "" };
        var warnings = new List<string>();
        GiveWpForm.Apply(form, item, options.Value.DefaultCurrency, warnings);
        warnings.ForEach(w => context.Report.Warn("givewp", w));
        form.Version++;
        if (created)
        {
            db.DonationForms.Add(form);
        }
        if (origin is null)
        {
            context.NewOrigins.Add((form, "form", key, item.Hash));
            ImportReport.Count(context.Report.Imported, "donation forms");
        }
        else
        {
            origin.Hash = item.Hash;
            ImportReport.Count(context.Report.Updated, "donation forms");
        }
        if (!created && origin is null)
        {
            context.Report.Warn("givewp", $"donation form {id} already existed; its values were replaced by the export's GiveWP form {id}");
        }
        context.Wrote(form, "donationForm", created ? WriteKind.Created : WriteKind.Updated);
        context.FormIds[item.Id] = id;
    }

    /// <summary>After the batch's first save: new items have ids, so their origins (and new forms' ids) are recorded in the same transaction.</summary>
    public async Task AddOriginsAsync(ImportContext context, CancellationToken cancellationToken)
    {
        foreach (var (entity, kind, key, hash) in context.NewOrigins)
        {
            var id = ImportContext.IdOf(entity);
            db.Add(new WordPressOrigin { SiteUrl = context.SiteUrl, Kind = kind, Key = key, EntityId = id, Hash = hash });
            _ = kind switch
            {
                "author" => context.AuthorIds[key] = id,
                "term" => context.TagIds[key] = id,
                "form" => context.FormIds[long.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = id,
                "attachment" => context.MediaIds[long.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = id,
                _ => 0,
            };
        }
        context.NewOrigins.Clear();
        context.NewMedia.Clear();
        await posts.AfterSaveAsync(context, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task PageTreeAsync(ImportContext context, CancellationToken cancellationToken) => posts.PageTreeAsync(context, cancellationToken);

    public static void Unchanged(ImportContext context, string kind, WxrItem item, bool changedInFile)
    {
        ImportReport.Count(context.Report.Unchanged, kind);
        if (changedInFile)
        {
            context.Report.Warn("changed", $"{item.PostType} {item.Id} changed in the export since it was imported; run with --update to bring it up to date");
        }
    }

    public static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Limit(string text, int length) => text.Length <= length ? text : text[..length];

    private static string Hash(params string?[] parts) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\u001f", parts))));

    private async Task<Dictionary<(string, string), WordPressOrigin>> OriginsAsync(ImportContext context, CancellationToken cancellationToken) =>
        await db.Set<WordPressOrigin>().AsNoTracking().Where(o => o.SiteUrl == context.SiteUrl && (o.Kind == "author" || o.Kind == "term"))
            .ToDictionaryAsync(o => (o.Kind, o.Key), cancellationToken);
}

using System.Text.Json.Nodes;
using ContentApi.Common.Querying;

namespace ContentApi.Features.Articles.Querying;

/// <summary>Writes each item as asked: what was not included or searched for is left out, then only the fields asked for remain.</summary>
public sealed record ArticleListShape(IReadOnlySet<string> Include, IReadOnlySet<string>? Fields, bool IsSearch)
{
    public static ArticleListShape Of(ArticleListRequest request) => new(request.Include, request.Fields, request.Search is not null);

    public void Apply(JsonObject item)
    {
        if (!Include.Contains(ArticleIncludes.Author) && item["author"] is JsonObject author)
        {
            author.RemoveAll(ArticleIncludes.AuthorExtras);
        }
        if (!Include.Contains(ArticleIncludes.Tags) && item["tags"] is JsonArray tags)
        {
            foreach (var tag in tags.OfType<JsonObject>())
            {
                tag.Remove("description");
            }
        }
        item.RemoveAll(new[] { ArticleIncludes.DonationForm, ArticleIncludes.Related }.Where(include => !Include.Contains(include)));
        if (!IsSearch)
        {
            item.RemoveAll(ArticleFields.SearchOnly);
        }
        if (Fields is not null)
        {
            item.KeepOnly(Fields);
        }
    }
}

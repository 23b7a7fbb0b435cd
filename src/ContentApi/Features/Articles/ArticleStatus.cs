namespace ContentApi.Features.Articles;

public enum ArticleStatus
{
    Draft,
    Published,
    Scheduled,
    Archived,
}

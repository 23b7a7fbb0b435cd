using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Articles;

/// <summary>What to embed in an article besides its own fields.</summary>
public sealed record ArticleQuery
{
    public const string Parameter = "include";
    public const string Related = "related";

    /// <summary>Values `include` takes; another embed is one more entry here and a line in the handler.</summary>
    public static readonly IReadOnlyList<string> AllowedIncludes = [Related];

    /// <summary>What to embed, comma-separated: `related` adds `related`, the "More articles you might like" list (6 items).</summary>
    [FromQuery(Name = Parameter)]
    public string? Include { get; init; }

    public IReadOnlyList<string> Includes =>
        Include?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public bool Wants(string value) => Includes.Contains(value, StringComparer.Ordinal);

    public static string UnknownIncludes(IEnumerable<string> unknown) =>
        $"{Parameter} must be a comma-separated list of: {string.Join(", ", AllowedIncludes)}; got '{string.Join(", ", unknown)}'.";
}

public sealed class ArticleQueryValidator : AbstractValidator<ArticleQuery>
{
    public ArticleQueryValidator() =>
        RuleFor(q => q.Include)
            .Must((query, _) => Unknown(query).Count == 0)
            .OverridePropertyName(ArticleQuery.Parameter)
            .WithMessage(query => ArticleQuery.UnknownIncludes(Unknown(query)));

    private static List<string> Unknown(ArticleQuery query) =>
        query.Includes.Where(i => !ArticleQuery.AllowedIncludes.Contains(i, StringComparer.Ordinal)).ToList();
}

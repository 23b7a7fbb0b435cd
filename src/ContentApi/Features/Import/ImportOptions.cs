namespace ContentApi.Features.Import;

/// <summary>`Import:*` settings.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>Where an old permalink's 301 points, `{slug}` replaced (e.g. `https://theliberum.example/{slug}`); null: the API URL.</summary>
    public string? FrontEndUrlPattern { get; set; }

    /// <summary>The ISO 4217 currency of GiveWP forms whose export does not say.</summary>
    public string DefaultCurrency { get; set; } = "USD";

    /// <summary>Items written per transaction.</summary>
    public int BatchSize { get; set; } = 1000;
}

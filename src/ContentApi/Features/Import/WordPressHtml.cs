using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentApi.Features.Import;

/// <summary>
/// Turns a post's stored content into plain HTML before it is sanitised like every body: Gutenberg
/// block comments removed, `[caption]` made a figure, GiveWP forms (`[give_form id="N"]` and the
/// GiveWP blocks) taken out and returned as form ids, WordPress's other shortcodes dropped keeping
/// what they enclose, and classic-editor paragraphs (blank lines) wrapped in `&lt;p&gt;`.
/// </summary>
public static partial class WordPressHtml
{
    /// <summary>Shortcodes of WordPress core and GiveWP: removed, their enclosed text kept. Others stay as written, reported.</summary>
    private static readonly HashSet<string> KnownShortcodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "gallery", "audio", "video", "playlist", "embed", "wp_caption", "give_form", "give_goal", "give_receipt", "give_login",
        "give_register", "give_profile_editor", "give_donor_wall", "give_form_grid", "give_totals", "give_multi_form_goal", "give_donation_history",
    };

    public static WordPressBody Convert(string content)
    {
        var forms = new List<int>();
        foreach (Match block in GiveBlock().Matches(content))
        {
            AddForm(forms, block.Groups["id"].Value);
        }
        var html = BlockComment().Replace(content, "");
        html = Caption().Replace(html, match => Figure(match.Groups["attrs"].Value, match.Groups["inner"].Value));
        foreach (Match form in GiveFormShortcode().Matches(html))
        {
            AddForm(forms, form.Groups["id"].Value);
        }
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        html = Shortcode().Replace(html, match =>
        {
            if (KnownShortcodes.Contains(match.Groups["name"].Value))
            {
                return "";
            }
            unknown.Add(match.Groups["name"].Value);
            return match.Value;
        });
        return new WordPressBody(AutoParagraphs(html), forms, [.. unknown]);
    }

    private static void AddForm(List<int> forms, string id)
    {
        if (int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var formId) && !forms.Contains(formId))
        {
            forms.Add(formId);
        }
    }

    private static string Figure(string attributes, string inner)
    {
        var image = CaptionImage().Match(inner);
        var text = image.Success ? inner[(image.Index + image.Length)..].Trim() : "";
        if (text.Length == 0 && CaptionAttribute().Match(attributes) is { Success: true } attribute)
        {
            text = attribute.Groups["text"].Value;
        }
        var media = image.Success ? image.Value.Trim() : inner.Trim();
        return text.Length == 0 ? $"<figure>{media}</figure>" : $"<figure>{media}<figcaption>{text}</figcaption></figure>";
    }

    /// <summary>WordPress's wpautop, simplified: blank-line paragraphs become `&lt;p&gt;` unless they already start with a block element.</summary>
    private static string AutoParagraphs(string html)
    {
        var paragraphs = BlankLines().Split(html.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Select(p => StartsWithBlock().IsMatch(p) ? p : $"<p>{p.Replace("\n", "<br>\n", StringComparison.Ordinal)}</p>");
        return string.Join("\n", paragraphs);
    }

    [GeneratedRegex(@"<!--\s*wp:give(?:wp)?/[\w-]*form[\w-]*\s+\{[^}]*?""(?:id|formId)""\s*:\s*""?(?<id>\d+)", RegexOptions.Singleline)]
    private static partial Regex GiveBlock();

    [GeneratedRegex(@"<!--\s*/?wp:.*?-->", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"\[caption(?<attrs>[^\]]*)\](?<inner>.*?)\[/caption\]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionImage();

    [GeneratedRegex(@"caption=""(?<text>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionAttribute();

    [GeneratedRegex(@"\[give_form\b[^\]]*?\bid=[""']?(?<id>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex GiveFormShortcode();

    [GeneratedRegex(@"\[/?(?<name>[a-z][a-z0-9_-]*)(?:\s[^\]]*)?/?\]", RegexOptions.IgnoreCase)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^<(?:p|div|h[1-6]|ul|ol|li|figure|blockquote|table|pre|hr|dl|section|iframe|address)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithBlock();
}

/// <param name="Html">Unsanitised HTML: sanitise it like any body.</param>
/// <param name="FormIds">GiveWP form ids it embedded, in order.</param>
/// <param name="UnknownShortcodes">Bracketed names left as written (not WordPress core or GiveWP).</param>
public sealed record WordPressBody(string Html, IReadOnlyList<int> FormIds, IReadOnlyList<string> UnknownShortcodes);

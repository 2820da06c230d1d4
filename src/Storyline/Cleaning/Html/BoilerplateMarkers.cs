using System.Collections.Frozen;
using AngleSharp.Dom;
using Storyline.Documents;

namespace Storyline.Cleaning.Html;

/// <summary>
/// Markup that says "not the article" by itself: tags that never hold body text, and class/id
/// tokens that sites use for chrome. Tokens are matched whole (after splitting on '-', '_' and
/// camel case) so "comment" does not catch "commentary".
/// </summary>
internal static class BoilerplateMarkers
{
    private static readonly FrozenDictionary<string, string> DroppedTags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["script"] = RemovalReasons.Boilerplate,
        ["style"] = RemovalReasons.Boilerplate,
        ["noscript"] = RemovalReasons.Boilerplate,
        ["template"] = RemovalReasons.Boilerplate,
        ["svg"] = RemovalReasons.Boilerplate,
        ["math"] = RemovalReasons.Boilerplate,
        ["canvas"] = RemovalReasons.Boilerplate,
        ["iframe"] = RemovalReasons.Boilerplate,
        ["object"] = RemovalReasons.Boilerplate,
        ["embed"] = RemovalReasons.Boilerplate,
        ["video"] = RemovalReasons.Boilerplate,
        ["audio"] = RemovalReasons.Boilerplate,
        ["button"] = RemovalReasons.CallToAction,
        ["select"] = RemovalReasons.Boilerplate,
        ["textarea"] = RemovalReasons.CallToAction,
        ["input"] = RemovalReasons.Boilerplate,
        ["label"] = RemovalReasons.Boilerplate,
        ["nav"] = RemovalReasons.Navigation,
        ["menu"] = RemovalReasons.Navigation,
        ["aside"] = RemovalReasons.RelatedStories,
        ["footer"] = RemovalReasons.Boilerplate,
        ["figcaption"] = RemovalReasons.Caption,
        ["figure"] = RemovalReasons.Caption,
        ["head"] = RemovalReasons.Boilerplate,
        ["title"] = RemovalReasons.Title,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Whole tokens of class/id values that mark chrome, with the reason they carry.
    private static readonly FrozenDictionary<string, string> Tokens = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["comment"] = RemovalReasons.Comments,
        ["comments"] = RemovalReasons.Comments,
        ["disqus"] = RemovalReasons.Comments,
        ["respond"] = RemovalReasons.Comments,
        ["replies"] = RemovalReasons.Comments,
        ["share"] = RemovalReasons.CallToAction,
        ["sharing"] = RemovalReasons.CallToAction,
        ["sharebar"] = RemovalReasons.CallToAction,
        ["social"] = RemovalReasons.CallToAction,
        ["newsletter"] = RemovalReasons.CallToAction,
        ["subscribe"] = RemovalReasons.CallToAction,
        ["subscription"] = RemovalReasons.CallToAction,
        ["signup"] = RemovalReasons.CallToAction,
        ["donate"] = RemovalReasons.CallToAction,
        ["donation"] = RemovalReasons.CallToAction,
        ["paywall"] = RemovalReasons.CallToAction,
        ["login"] = RemovalReasons.CallToAction,
        ["related"] = RemovalReasons.RelatedStories,
        ["recommended"] = RemovalReasons.RelatedStories,
        ["recommendations"] = RemovalReasons.RelatedStories,
        ["trending"] = RemovalReasons.RelatedStories,
        ["popular"] = RemovalReasons.RelatedStories,
        ["mostread"] = RemovalReasons.RelatedStories,
        ["teaser"] = RemovalReasons.RelatedStories,
        ["teasers"] = RemovalReasons.RelatedStories,
        ["sidebar"] = RemovalReasons.RelatedStories,
        ["widget"] = RemovalReasons.RelatedStories,
        ["widgets"] = RemovalReasons.RelatedStories,
        ["cookie"] = RemovalReasons.Disclaimer,
        ["cookies"] = RemovalReasons.Disclaimer,
        ["consent"] = RemovalReasons.Disclaimer,
        ["gdpr"] = RemovalReasons.Disclaimer,
        ["disclaimer"] = RemovalReasons.Disclaimer,
        ["copyright"] = RemovalReasons.Disclaimer,
        ["nav"] = RemovalReasons.Navigation,
        ["navbar"] = RemovalReasons.Navigation,
        ["navigation"] = RemovalReasons.Navigation,
        ["menu"] = RemovalReasons.Navigation,
        ["breadcrumb"] = RemovalReasons.Navigation,
        ["breadcrumbs"] = RemovalReasons.Navigation,
        ["pagination"] = RemovalReasons.Navigation,
        ["pager"] = RemovalReasons.Navigation,
        ["skip"] = RemovalReasons.Navigation,
        ["masthead"] = RemovalReasons.Navigation,
        ["toolbar"] = RemovalReasons.Navigation,
        ["footer"] = RemovalReasons.Boilerplate,
        ["banner"] = RemovalReasons.Advertisement,
        ["advert"] = RemovalReasons.Advertisement,
        ["advertisement"] = RemovalReasons.Advertisement,
        ["ad"] = RemovalReasons.Advertisement,
        ["ads"] = RemovalReasons.Advertisement,
        ["adsense"] = RemovalReasons.Advertisement,
        ["sponsor"] = RemovalReasons.Advertisement,
        ["sponsored"] = RemovalReasons.Advertisement,
        ["promo"] = RemovalReasons.Advertisement,
        ["popup"] = RemovalReasons.CallToAction,
        ["modal"] = RemovalReasons.CallToAction,
        ["caption"] = RemovalReasons.Caption,
        ["byline"] = RemovalReasons.Byline,
        ["author"] = RemovalReasons.Byline,
        ["tags"] = RemovalReasons.Navigation,
        ["tagcloud"] = RemovalReasons.Navigation,
        ["hidden"] = RemovalReasons.Hidden,
        ["print"] = RemovalReasons.Boilerplate,
        ["rating"] = RemovalReasons.CallToAction,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TokenLookup =
        Tokens.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Roles = new[] { "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alert" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The reason an element is chrome by its tag alone, or null.</summary>
    public static string? ForTag(string localName) => DroppedTags.GetValueOrDefault(localName);

    /// <summary>The reason an element is chrome by its role or class/id tokens, or null.</summary>
    public static string? ForAttributes(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && Roles.Contains(role.Trim().ToLowerInvariant()))
        {
            return role is "search" or "dialog" or "alert" ? RemovalReasons.CallToAction : RemovalReasons.Navigation;
        }

        return ForNames(element.GetAttribute("class")) ?? ForNames(element.Id);
    }

    /// <summary>The reason carried by a class or id value, or null.</summary>
    internal static string? ForNames(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 300)
        {
            return null;
        }

        // Class lists are read for every element: tokens are looked up as spans, without allocating.
        Span<Range> tokens = stackalloc Range[64];
        var count = TokenRanges(value, tokens);
        for (var i = 0; i < count; i++)
        {
            if (TokenLookup.TryGetValue(value.AsSpan()[tokens[i]], out var reason))
            {
                return reason;
            }
        }

        return null;
    }

    /// <summary>Splits "post-comments navBar wp_share" into token ranges: post, comments, nav, Bar, wp, share.</summary>
    internal static int TokenRanges(string value, Span<Range> tokens)
    {
        var count = 0;
        var start = 0;
        for (var i = 0; i <= value.Length && count < tokens.Length; i++)
        {
            var boundary = i == value.Length || !char.IsLetterOrDigit(value[i])
                || (i > start && char.IsUpper(value[i]) && char.IsLower(value[i - 1]));
            if (!boundary)
            {
                continue;
            }

            if (i > start)
            {
                tokens[count++] = start..i;
            }

            start = i < value.Length && char.IsLetterOrDigit(value[i]) ? i : i + 1;
        }

        return count;
    }

    internal static bool IsHiddenStyle(string? style) =>
        style is not null
        && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
            || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
}

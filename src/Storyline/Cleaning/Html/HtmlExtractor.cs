using System.Collections.Immutable;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Storyline.Documents;

namespace Storyline.Cleaning.Html;

/// <summary>The main content of one HTML page.</summary>
/// <param name="Metadata">What the page says about itself.</param>
/// <param name="Paragraphs">The body, one entry per block, before text-level cleaning.</param>
/// <param name="Removed">Everything set aside, with reasons.</param>
/// <param name="EmptyReason">Why <paramref name="Paragraphs"/> is empty, or null.</param>
public sealed record HtmlExtraction(PageMetadata Metadata, ImmutableArray<string> Paragraphs, ImmutableArray<RemovedBlock> Removed, string? EmptyReason);

/// <summary>
/// Extracts an article from one HTML page: parse (AngleSharp), read metadata (see
/// <see cref="PageMetadata"/>), walk the DOM into text blocks while setting aside chrome markup,
/// then choose the body (see docs/cleaning.md for the cascade). Thread-safe and stateless.
/// </summary>
public static class HtmlExtractor
{
    // A parser holds its browsing context; one per thread avoids rebuilding it for every page.
    [ThreadStatic]
    private static HtmlParser? cachedParser;

    /// <summary>Extracts the body and metadata of a page.</summary>
    /// <param name="html">The decoded page.</param>
    public static HtmlExtraction Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(html))
        {
            return new HtmlExtraction(new PageMetadata(), [], [], "empty input");
        }

        // The document may read the buffer until it is disposed, which happens before the buffer's own disposal.
        using var markup = new MarkupBuffer(html.Length / 2);
        MarkupPrefilter.StripInto(html, markup);
        using var document = Parser.ParseDocument(markup.Memory);
        var metadata = MetadataReader.Read(document);
        var root = document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return new HtmlExtraction(metadata, [], [], "no document body");
        }

        var page = PageWalker.Walk(root);
        var decisions = MainContentSelector.Select(page);
        if (!decisions.Any(d => d.Reason is null) && page.Dropped.Any(d => d.Reason == RemovalReasons.Hidden))
        {
            // Last resort: some pages ship the article hidden and reveal it with script.
            page = PageWalker.Walk(root, keepHidden: true);
            decisions = MainContentSelector.Select(page);
        }

        var paragraphs = ImmutableArray.CreateBuilder<string>();
        var removed = ImmutableArray.CreateBuilder<RemovedBlock>();
        foreach (var dropped in page.Dropped)
        {
            removed.Add(new RemovedBlock(dropped.Text, dropped.Reason));
        }

        var title = Comparable(metadata.Title);
        foreach (var decision in decisions)
        {
            if (decision.Reason is null && title.Length > 0 && decision.Block.Text.Length <= (2 * title.Length) + 40 && HasComparableForm(decision.Block.Text, title))
            {
                // The headline repeated as an h2 or a styled paragraph is the title, not body.
                removed.Add(new RemovedBlock(decision.Block.Text, RemovalReasons.Title));
            }
            else if (decision.Reason is null)
            {
                paragraphs.Add(decision.Block.Text);
            }
            else
            {
                removed.Add(new RemovedBlock(decision.Block.Text, decision.Reason));
            }
        }

        var reason = paragraphs.Count == 0
            ? page.Blocks.Count == 0 ? "no visible text" : "no main content: only navigation and boilerplate text"
            : null;
        return new HtmlExtraction(metadata, paragraphs.ToImmutable(), removed.ToImmutable(), reason);
    }

    /// <summary>This thread's parser (see <see cref="CreateParser"/>).</summary>
    internal static HtmlParser Parser => cachedParser ??= CreateParser();

    /// <summary>
    /// A parser with the options the cascade needs (no scripting, no positions, few attributes) in
    /// a context without attribute observers: they keep class lists, link relations and base URLs
    /// live for scripts and styles, which nothing here reads, and ran for every attribute of every
    /// element as it closed.
    /// </summary>
    private static HtmlParser CreateParser()
    {
        var options = new HtmlParserOptions
        {
            IsScripting = false,
            IsKeepingSourceReferences = false,
            DisableElementPositionTracking = true,
            SkipComments = true,
            ShouldEmitAttribute = (ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken _, ReadOnlyMemory<char> name) => KeepAttribute(name.Span),
        };
        return new HtmlParser(options, BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>()));
    }

    /// <summary>Only the attributes the cascade reads are built into the DOM: the rest (data-*, href, src...) is parse cost.</summary>
    private static bool KeepAttribute(ReadOnlySpan<char> name) =>
        name.Equals("class", StringComparison.OrdinalIgnoreCase) || name.Equals("id", StringComparison.OrdinalIgnoreCase)
        || name.Equals("role", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
        || name.Equals("hidden", StringComparison.OrdinalIgnoreCase) || name.Equals("itemprop", StringComparison.OrdinalIgnoreCase)
        || name.Equals("property", StringComparison.OrdinalIgnoreCase) || name.Equals("name", StringComparison.OrdinalIgnoreCase)
        || name.Equals("content", StringComparison.OrdinalIgnoreCase) || name.Equals("rel", StringComparison.OrdinalIgnoreCase)
        || name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("type", StringComparison.OrdinalIgnoreCase)
        || name.Equals("datetime", StringComparison.OrdinalIgnoreCase) || name.Equals("lang", StringComparison.OrdinalIgnoreCase)
        || name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase) || name.Equals("charset", StringComparison.OrdinalIgnoreCase);

    private static string Comparable(string? text) =>
        text is null ? string.Empty : string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>
    /// Whether <see cref="Comparable"/> of <paramref name="text"/> equals <paramref name="comparable"/>,
    /// without building it: most blocks differ from the title within a few letters.
    /// </summary>
    private static bool HasComparableForm(string text, string comparable)
    {
        var at = 0;
        foreach (var c in text)
        {
            // Surrogate halves are not letters or digits, so per-character lower-casing is the string's.
            if (char.IsLetterOrDigit(c) && (at >= comparable.Length || char.ToLowerInvariant(c) != comparable[at++]))
            {
                return false;
            }
        }

        return at == comparable.Length;
    }
}

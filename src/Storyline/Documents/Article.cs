using System.Collections.Immutable;

namespace Storyline.Documents;

/// <summary>A block of the raw report that cleaning removed, with the reason, so a user can challenge it.</summary>
/// <param name="Text">The removed text as it stood in the input.</param>
/// <param name="Reason">A reason code from <see cref="RemovalReasons"/>.</param>
public sealed record RemovedBlock(string Text, string Reason);

/// <summary>Reason codes for removed blocks. Codes are stable: they appear in the JSON contract.</summary>
public static class RemovalReasons
{
    /// <summary>The block is the title (kept as <see cref="Article.Title"/>, not body).</summary>
    public const string Title = "title";
    /// <summary>A photo caption.</summary>
    public const string Caption = "caption";
    /// <summary>A photo or wire credit line.</summary>
    public const string Credit = "credit";
    /// <summary>A byline (kept as <see cref="Article.Byline"/>).</summary>
    public const string Byline = "byline";
    /// <summary>A date line (kept as <see cref="Article.Published"/> when parsed).</summary>
    public const string Dateline = "dateline";
    /// <summary>Site navigation ("Skip to content", menus).</summary>
    public const string Navigation = "navigation";
    /// <summary>A call to action: donations, subscriptions, comment forms, sharing, "Read also" links.</summary>
    public const string CallToAction = "call-to-action";
    /// <summary>A list of other stories (related, most read, editorials).</summary>
    public const string RelatedStories = "related-stories";
    /// <summary>A legal, cookie or automatic-translation disclaimer.</summary>
    public const string Disclaimer = "disclaimer";
    /// <summary>A block that recurs across several articles of the same outlet (site template).</summary>
    public const string Template = "template";
    /// <summary>A block repeated within the same article.</summary>
    public const string Duplicate = "duplicate";
    /// <summary>Markup-level boilerplate of an HTML page (header, footer, aside, form).</summary>
    public const string Boilerplate = "boilerplate";
    /// <summary>Reader comments and comment forms.</summary>
    public const string Comments = "comments";
    /// <summary>An advertisement or sponsored block.</summary>
    public const string Advertisement = "advertisement";
    /// <summary>Markup the page hides from readers (hidden attribute, display:none).</summary>
    public const string Hidden = "hidden";
    /// <summary>Visible text outside the element chosen as the article body.</summary>
    public const string OutsideMain = "outside-main";
}

/// <summary>A cleaned report: its main text as paragraphs, its metadata, and what was removed.</summary>
public sealed record Article
{
    /// <summary>Content hash of the raw input (see <see cref="ContentId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The id the input gave the report, or the file name without extension.</summary>
    public required string SourceId { get; init; }

    /// <summary>Path, URL or stdin position the report came from.</summary>
    public required string Origin { get; init; }

    /// <summary>The input's file name, for file input.</summary>
    public string? FileName { get; init; }

    /// <summary>The raw content as ingested.</summary>
    public required string RawText { get; init; }

    /// <summary>The report's title, or null when it has none.</summary>
    public string? Title { get; init; }

    /// <summary>The clean body, one entry per paragraph: no title, captions or debris.</summary>
    public ImmutableArray<string> Paragraphs
    {
        get => paragraphs;
        init
        {
            paragraphs = value;
            text = null; // a `with` copy carries the cache; a new body must not keep the old text
        }
    }

    /// <summary>Every block removed from the raw input, with its reason.</summary>
    public ImmutableArray<RemovedBlock> Removed { get; init; } = [];

    /// <summary>The author line, without "By".</summary>
    public string? Byline { get; init; }

    /// <summary>Publication date and time, when known.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The outlet's name or domain.</summary>
    public string? Outlet { get; init; }

    /// <summary>ISO 639-1 language code, when known.</summary>
    public string? Language { get; init; }

    /// <summary>Canonical URL, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Agencies the report credits ("AFP", "Reuters", ...), in order of first mention.</summary>
    public ImmutableArray<string> Credits { get; init; } = [];

    /// <summary>Why the body is empty (no main content, binary input, ...); null when it has paragraphs.</summary>
    public string? EmptyReason { get; init; }

    /// <summary>The clean body as one string: paragraphs separated by a blank line. All annotation offsets point into it.</summary>
    public string Text => text ??= string.Join(ParagraphSeparator, Paragraphs);

    /// <summary>What separates paragraphs in <see cref="Text"/>.</summary>
    public const string ParagraphSeparator = "\n\n";

    private ImmutableArray<string> paragraphs = [];
    private string? text;
}

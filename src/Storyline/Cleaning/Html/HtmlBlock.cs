namespace Storyline.Cleaning.Html;

/// <summary>What kind of element a text block came from.</summary>
internal enum BlockKind
{
    /// <summary>A paragraph, a div's own text, a table cell: running text.</summary>
    Text,

    /// <summary>An h1 to h6 heading.</summary>
    Heading,

    /// <summary>A list item or definition.</summary>
    ListItem,

    /// <summary>A block quote.</summary>
    Quote,

    /// <summary>Preformatted text.</summary>
    Pre,
}

/// <summary>One block of visible text of a page, in document order.</summary>
/// <param name="Text">Whitespace-normalised text.</param>
/// <param name="LinkChars">How many of its characters sit inside links.</param>
/// <param name="Position">Document-order position; an element holds the blocks whose position lies in its range.</param>
/// <param name="Kind">The element kind it came from.</param>
/// <param name="HeadingLevel">1 to 6 for headings, else 0.</param>
/// <param name="Owner">Index of its nearest block-level element in <see cref="PageBlocks.Elements"/>.</param>
internal sealed record HtmlBlock(string Text, int LinkChars, int Position, BlockKind Kind, int HeadingLevel, int Owner)
{
    /// <summary>Share of the text inside links.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>A block-level element's span in document order.</summary>
/// <param name="Start">Position of the element itself.</param>
/// <param name="End">First position after its subtree.</param>
/// <param name="Tag">Its local name.</param>
/// <param name="Marker">Its content marker score: positive when its names say "article body".</param>
internal readonly record struct ElementSpan(int Start, int End, string Tag, int Marker);

/// <summary>A removed piece of markup with its text and reason.</summary>
/// <param name="Text">The visible text it held.</param>
/// <param name="Reason">A <see cref="Storyline.Documents.RemovalReasons"/> code.</param>
internal readonly record struct DroppedMarkup(string Text, string Reason);

/// <summary>An element whose role or class/id names mark it as chrome (comments, share bar, related links).</summary>
/// <param name="Start">Its first position.</param>
/// <param name="End">First position after its subtree.</param>
/// <param name="Reason">The reason its names carry.</param>
internal readonly record struct FlaggedSpan(int Start, int End, string Reason);

/// <summary>The page as the walker saw it: blocks, the element spans that hold them, and what it dropped.</summary>
/// <param name="Blocks">Visible text blocks in document order.</param>
/// <param name="Elements">Block-level elements by index.</param>
/// <param name="Dropped">Markup dropped by tag or hidden state, with the text it held.</param>
/// <param name="Flagged">Elements named as chrome; the selector decides what to do with them.</param>
internal sealed record PageBlocks(IReadOnlyList<HtmlBlock> Blocks, IReadOnlyList<ElementSpan> Elements, IReadOnlyList<DroppedMarkup> Dropped, IReadOnlyList<FlaggedSpan> Flagged);

using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using Storyline.Documents;

namespace Storyline.Cleaning.Html;

/// <summary>
/// One iterative pass over the DOM (no recursion, so 10k-level nesting costs nothing but time):
/// cuts visible text into blocks at block-level element boundaries, counts link characters,
/// records each block-level element's span in document order, and sets aside markup that is chrome
/// by tag or attributes together with the text it held.
/// </summary>
internal sealed class PageWalker
{
    private static readonly FrozenSet<string> BlockTags = new[]
    {
        "p", "div", "section", "article", "main", "body", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "header",
        "address", "center", "details", "summary", "fieldset", "form", "hr", "caption", "figure", "html",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Dropped tags whose text a reader never sees: not worth keeping as removed blocks.
    private static readonly FrozenSet<string> SilentTags = new[]
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "select", "input", "head", "title",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Every character char.IsWhiteSpace accepts, then soft hyphen and zero-width marks.
    private static readonly SearchValues<char> SpaceOrInvisible = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
        + "\u00ad\u200b\u200c\u200d\ufeff");

    private readonly List<HtmlBlock> blocks = [];
    private readonly List<ElementSpan> elements = [];
    private readonly List<DroppedMarkup> dropped = [];
    private readonly List<FlaggedSpan> flagged = [];
    private readonly Stack<(INode Node, int Index)> openFlags = new();
    private readonly StringBuilder text = new();
    private readonly StringBuilder dropText = new();
    private readonly Stack<int> owners = new();
    private int linkChars;
    private int inLink;
    private int position;
    private bool pendingBreak;
    private bool lastSpace = true;
    private bool dropLastSpace = true;

    private bool keepHidden;
    private INode? dropRoot;
    private string? dropReason;
    private bool dropSilent;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockTagLookup = BlockTags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for the elements that end a block of text (see <see cref="BlockTags"/>); lower-case names.</summary>
    public static bool IsBlockTag(ReadOnlySpan<char> localName) => BlockTagLookup.Contains(localName);

    /// <summary>Walks the body of a parsed page; <paramref name="keepHidden"/> reads hidden markup too (last-resort pass).</summary>
    public static PageBlocks Walk(IElement root, bool keepHidden = false)
    {
        var walker = new PageWalker { keepHidden = keepHidden };
        walker.Run(root);
        return new PageBlocks(walker.blocks, walker.elements, walker.dropped, walker.flagged);
    }

    /// <summary>
    /// Pre-order walk with an explicit stack of (parent, next child index): AngleSharp finds a
    /// node's next sibling by scanning its parent's children, so sibling links would make wide
    /// lists quadratic, while indexing a child list is constant time.
    /// </summary>
    private void Run(IElement root)
    {
        var stack = new Stack<(INode Parent, int Next)>(64);
        if (Enter(root) && root.ChildNodes.Length > 0)
        {
            stack.Push((root, 0));
        }
        else
        {
            Leave(root);
        }

        while (stack.Count > 0)
        {
            var (parent, next) = stack.Pop();
            var children = parent.ChildNodes;
            if (next >= children.Length)
            {
                Leave(parent);
                continue;
            }

            stack.Push((parent, next + 1));
            var child = children[next];
            if (Enter(child) && child.ChildNodes.Length > 0)
            {
                stack.Push((child, 0));
            }
            else
            {
                Leave(child);
            }
        }

        Flush();
    }

    /// <summary>Handles a node on the way down; false when its children are not to be visited.</summary>
    private bool Enter(INode node)
    {
        if (node is IElement element)
        {
            if (dropRoot is not null)
            {
                return true;
            }

            var reason = DropReason(element);
            if (reason == RemovalReasons.Hidden && keepHidden)
            {
                reason = null;
            }

            if (reason is not null)
            {
                Flush();
                dropRoot = node;
                dropReason = reason;
                dropSilent = SilentTags.Contains(element.LocalName);
                return !dropSilent;
            }

            // Most elements carry no attribute once the prefilter has run: they need no look-up.
            if (element.Attributes.Length > 0 && BlockTags.Contains(element.LocalName) && BoilerplateMarkers.ForAttributes(element) is { } flag && !IsContentRoot(element))
            {
                // Names are a hint, not a verdict: the selector decides (see MainContentSelector).
                // Only block elements: a flag on an inline span would split its paragraph.
                Flush();
                position++;
                openFlags.Push((node, flagged.Count));
                flagged.Add(new FlaggedSpan(position, 0, flag));
                position++;
            }

            EnterElement(element);
            return true;
        }

        if (node.NodeType == NodeType.Text && (dropRoot is null || !dropSilent))
        {
            if (dropRoot is null)
            {
                AppendText(node.TextContent);
            }
            else
            {
                AppendNormalised(dropText, node.TextContent, ref dropLastSpace);
            }
        }

        return true;
    }

    /// <summary>Handles a node on the way up, after its children.</summary>
    private void Leave(INode node)
    {
        if (ReferenceEquals(node, dropRoot))
        {
            CloseDrop(dropReason!, dropSilent);
            dropRoot = null;
        }
        else if (dropRoot is null && node is IElement leaving)
        {
            ExitElement(leaving);
            if (openFlags.Count > 0 && ReferenceEquals(openFlags.Peek().Node, node))
            {
                Flush();
                var index = openFlags.Pop().Index;
                flagged[index] = flagged[index] with { End = position + 1 };
                position += 2;
            }
        }
    }

    private static string? DropReason(IElement element) =>
        BoilerplateMarkers.ForTag(element.LocalName)
        ?? (element.Attributes.Length > 0 && (element.HasAttribute("hidden") || BoilerplateMarkers.IsHiddenStyle(element.GetAttribute("style"))) ? RemovalReasons.Hidden : null);

    private static bool IsContentRoot(IElement element) =>
        element.LocalName is "html" or "body" or "main" or "article" || element.GetAttribute("itemprop") == "articleBody";

    private void EnterElement(IElement element)
    {
        var name = element.LocalName;
        if (name == "a")
        {
            inLink++;
            return;
        }

        if (name == "br")
        {
            if (pendingBreak)
            {
                Flush();
            }
            else
            {
                pendingBreak = true;
                AppendSpace();
            }

            return;
        }

        if (name is "img" or "wbr")
        {
            return;
        }

        if (!BlockTags.Contains(name))
        {
            return;
        }

        // Blocks flushed before the element sit below its start, blocks inside it within [Start, End).
        Flush();
        position++;
        owners.Push(elements.Count);
        elements.Add(new ElementSpan(position, 0, name, ContentMarker(element)));
        position++;
    }

    private void ExitElement(IElement element)
    {
        var name = element.LocalName;
        if (name == "a")
        {
            inLink = Math.Max(0, inLink - 1);
            return;
        }

        if (!BlockTags.Contains(name) || owners.Count == 0)
        {
            return;
        }

        Flush();
        var index = owners.Pop();
        elements[index] = elements[index] with { End = position + 1 };
        position += 2;
    }

    private void AppendText(string value)
    {
        // Runs of ordinary characters are copied whole; only spaces and invisible marks are looked at one by one.
        var rest = value.AsSpan();
        while (rest.Length > 0)
        {
            var stop = rest.IndexOfAny(SpaceOrInvisible);
            var run = stop < 0 ? rest : rest[..stop];
            if (run.Length > 0)
            {
                text.Append(run);
                lastSpace = false;
                pendingBreak = false;
                if (inLink > 0)
                {
                    linkChars += run.Length;
                }
            }

            if (stop < 0)
            {
                break;
            }

            // Soft hyphens and zero-width marks are invisible: they must not split words.
            if (char.IsWhiteSpace(rest[stop]))
            {
                AppendSpace();
            }

            rest = rest[(stop + 1)..];
        }
    }

    private void AppendSpace()
    {
        if (!lastSpace)
        {
            text.Append(' ');
            lastSpace = true;
            if (inLink > 0)
            {
                linkChars++;
            }
        }
    }

    private static void AppendNormalised(StringBuilder target, string value, ref bool last)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!last)
                {
                    target.Append(' ');
                    last = true;
                }
            }
            else
            {
                target.Append(c);
                last = false;
            }
        }
    }

    private void Flush()
    {
        pendingBreak = false;
        var value = Trimmed(text);
        text.Clear();
        lastSpace = true;
        var links = Math.Min(linkChars, value.Length);
        linkChars = 0;
        if (value.Length == 0)
        {
            return;
        }

        var owner = owners.Count > 0 ? owners.Peek() : -1;
        var tag = owner >= 0 ? elements[owner].Tag : "body";
        var (kind, level) = tag switch
        {
            ['h', >= '1' and <= '6'] => (BlockKind.Heading, tag[1] - '0'),
            "li" or "dd" or "dt" => (BlockKind.ListItem, 0),
            "blockquote" => (BlockKind.Quote, 0),
            "pre" => (BlockKind.Pre, 0),
            _ => (BlockKind.Text, 0),
        };
        blocks.Add(new HtmlBlock(value, links, position, kind, level, owner));
    }

    /// <summary>The builder's text without surrounding white space, as <c>ToString().Trim()</c> gives it but built once.</summary>
    private static string Trimmed(StringBuilder builder)
    {
        var start = 0;
        var end = builder.Length;
        while (start < end && char.IsWhiteSpace(builder[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(builder[end - 1]))
        {
            end--;
        }

        return builder.ToString(start, end - start);
    }

    private void CloseDrop(string reason, bool silent)
    {
        position++;
        var value = Trimmed(dropText);
        dropText.Clear();
        dropLastSpace = true;
        if (!silent && value.Length > 0)
        {
            dropped.Add(new DroppedMarkup(value, reason));
        }
    }

    /// <summary>2 for schema.org articleBody, 1 for names like "article-body" or "entry-content" and for article elements, else 0.</summary>
    private static int ContentMarker(IElement element)
    {
        if (element.Attributes.Length == 0)
        {
            return element.LocalName == "article" ? 1 : 0;
        }

        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        if (element.LocalName == "article")
        {
            return 1;
        }

        return NamesBody(element.GetAttribute("class")) || NamesBody(element.Id) ? 1 : 0;
    }

    private static bool Is(ReadOnlySpan<char> token, string word) => token.Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool NamesBody(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 300)
        {
            return false;
        }

        Span<Range> tokens = stackalloc Range[64];
        var count = BoilerplateMarkers.TokenRanges(value, tokens);
        for (var i = 0; i < count; i++)
        {
            var token = value.AsSpan()[tokens[i]];
            var previous = i > 0 ? value.AsSpan()[tokens[i - 1]] : [];
            if (Is(token, "articlebody") || Is(token, "storybody") || Is(token, "entrycontent") || Is(token, "postcontent") || Is(token, "articletext")
                || ((Is(previous, "article") || Is(previous, "entry") || Is(previous, "post") || Is(previous, "story") || Is(previous, "main") || Is(previous, "news") || Is(previous, "blog"))
                    && (Is(token, "body") || Is(token, "content") || Is(token, "text"))))
            {
                return true;
            }
        }

        return false;
    }
}

using Storyline.Documents;

namespace Storyline.Cleaning.Html;

/// <summary>
/// Picks the article body among a page's blocks (see docs/cleaning.md, "HTML cascade").
/// Pass 1 weighs every block (long, sentence-like, link-poor text counts for; link lists and
/// crumbs count against; blocks inside elements named as chrome count against) and takes the
/// block-level element whose subtree has the best total, with a bonus for elements named as
/// article bodies; prefix sums over document order make this linear. Pass 2 repeats without the
/// name penalty when pass 1 finds too little (the article sat in a wrapper named "sidebar").
/// Inside the chosen element, link lists and chrome-named sub-elements are removed. When both
/// passes under-deliver, pass 3 keeps every good block of the page and what lies between them.
/// </summary>
internal static class MainContentSelector
{
    private const int MinimumBody = 300;

    /// <summary>A kept block (null reason), or a removed block with its reason.</summary>
    internal readonly record struct Decision(HtmlBlock Block, string? Reason);

    public static IReadOnlyList<Decision> Select(PageBlocks page)
    {
        var blocks = page.Blocks;
        if (blocks.Count == 0)
        {
            return [];
        }

        var flags = FlagChains(page);
        var totalGood = blocks.Where(IsGood).Sum(b => (double)b.Text.Length);
        var first = Best(page, flags, penaliseFlags: true, totalGood);
        var second = Best(page, flags, penaliseFlags: false, totalGood);
        var choice = first.Good >= MinimumBody && first.Good >= 0.5 * second.Good ? first : second;
        var underDelivered = choice.Element < 0 || choice.Good < MinimumBody || choice.Good < 0.4 * totalGood;
        var decisions = underDelivered && totalGood > choice.Good
            ? KeepGoodBlocks(blocks, flags)
            : KeepRange(page, flags, Extend(blocks, flags, choice));
        if (KeptLength(decisions) < MinimumBody)
        {
            // The chosen element lost its text to chrome names inside it: fall back to good blocks.
            // When even that is empty the names lied (a "promo" or "paywall" wrapper around the body,
            // or the body cut into several sections so named): ignore the names that hold prose, and
            // keep only those on small boxes (an author box, a single teaser) in force.
            var smallFlags = SmallBoxFlags(page, flags);
            decisions = new[] { decisions, KeepGoodBlocks(blocks, flags), KeepRange(page, smallFlags, Extend(blocks, smallFlags, second)) }
                .MaxBy(KeptLength)!;
        }

        TakeStandfirst(decisions, page, flags);
        TrimEdges(decisions);
        DropSectionLabels(decisions);
        return decisions;
    }

    /// <summary>
    /// Section labels inside the body ("Related posts", "Kontakt:", "Quelle: dpa") are not its text
    /// (see <see cref="SectionLabels"/>). A label that heads other stories near the end of the body
    /// is a barrier: the little that follows it is that list, not the article.
    /// </summary>
    private static void DropSectionLabels(List<Decision> decisions)
    {
        var total = KeptLength(decisions);
        var before = 0;
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            if (d.Reason is not null)
            {
                continue;
            }

            var reason = SectionLabels.Reason(d.Block.Text);
            if (reason is null)
            {
                before += d.Block.Text.Length;
                continue;
            }

            decisions[i] = d with { Reason = reason };
            if (SectionLabels.IsRelated(reason) && total - before - d.Block.Text.Length < 0.25 * before)
            {
                for (var j = i + 1; j < decisions.Count; j++)
                {
                    if (decisions[j].Reason is null)
                    {
                        decisions[j] = decisions[j] with { Reason = RemovalReasons.RelatedStories };
                    }
                }

                return;
            }
        }
    }

    /// <summary>
    /// The standfirst (the summary paragraph under the headline) often sits in the header, apart
    /// from the body element, often as an h2 "subheadline": sentence-length, link-poor text between
    /// the page's h1 and the first kept block is taken in; dates, bylines and other short lines
    /// there stay out. Sites often name the standfirst "teaser": a related-stories name on an element
    /// that holds this one block alone, or on a wrapper that also holds the body, does not exclude it.
    /// </summary>
    private static void TakeStandfirst(List<Decision> decisions, PageBlocks page, int[][] flags)
    {
        var first = decisions.FindIndex(d => d.Reason is null);
        var heading = -1;
        for (var i = first - 1; i >= 0 && i >= first - 12; i--)
        {
            if (decisions[i].Block is { Kind: BlockKind.Heading, HeadingLevel: 1 })
            {
                heading = i;
                break;
            }
        }

        if (heading < 0)
        {
            return;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = heading + 1; i < first; i++)
        {
            var block = decisions[i].Block;
            if (decisions[i].Reason == RemovalReasons.OutsideMain && flags[i].All(f => NamesOnlyThisOrAll(page, f, i, first)) && block.Kind is BlockKind.Text or BlockKind.Quote or BlockKind.Heading && block.HeadingLevel != 1
                && block.Text.Length >= 50 && block.LinkDensity < 0.2 && block.Text.Count(c => c == ' ') >= 7 && taken.Add(block.Text))
            {
                decisions[i] = decisions[i] with { Reason = null };
            }
        }
    }

    /// <summary>True when flagged span <paramref name="f"/> says nothing against block <paramref name="i"/> as a standfirst.</summary>
    private static bool NamesOnlyThisOrAll(PageBlocks page, int f, int i, int first)
    {
        var span = page.Flagged[f];
        var blocks = page.Blocks;
        var wrapsBody = span.End > blocks[first].Position;
        var onlyThis = (i == 0 || blocks[i - 1].Position < span.Start) && (i + 1 >= blocks.Count || blocks[i + 1].Position >= span.End);
        return wrapsBody || (onlyThis && span.Reason == RemovalReasons.RelatedStories);
    }

    /// <summary>
    /// Each block's flags, keeping only the flagged elements that hold at most one good block and
    /// name a box that never holds the article (author, appeal, legal, links); names like "ad",
    /// "comment", "hidden" or "print" also wrap live-ticker entries and body sections.
    /// </summary>
    private static int[][] SmallBoxFlags(PageBlocks page, int[][] flags)
    {
        var goodBlocks = new int[page.Flagged.Count];
        for (var i = 0; i < flags.Length; i++)
        {
            if (IsGood(page.Blocks[i]))
            {
                foreach (var f in flags[i])
                {
                    goodBlocks[f]++;
                }
            }
        }

        return [.. flags.Select(chain => chain.Where(f => goodBlocks[f] <= 1 && page.Flagged[f].Reason is RemovalReasons.Byline or RemovalReasons.CallToAction or RemovalReasons.Disclaimer or RemovalReasons.Navigation or RemovalReasons.RelatedStories).ToArray())];
    }

    private static int KeptLength(List<Decision> decisions) => decisions.Where(d => d.Reason is null).Sum(d => d.Block.Text.Length);

    /// <summary>
    /// Takes in good blocks just outside the chosen element (a lead paragraph in a sibling of the
    /// body element), stepping over at most three short lines, and stopping at link lists and chrome.
    /// </summary>
    private static Choice Extend(IReadOnlyList<HtmlBlock> blocks, int[][] flags, Choice choice)
    {
        var from = choice.From;
        var skipped = 0;
        for (var i = choice.From - 1; i >= 0 && skipped <= 3; i--)
        {
            var block = blocks[i];
            if ((flags[i].Length > 0 || block.LinkDensity > 0.5) && block.Text.Length >= 60)
            {
                break;
            }

            if (IsGood(block) && flags[i].Length == 0)
            {
                from = i;
                skipped = 0;
            }
            else if (block.Text.Length < 60)
            {
                skipped++;
            }
            else
            {
                break;
            }
        }

        var to = choice.To;
        skipped = 0;
        for (var i = choice.To; i < blocks.Count && skipped <= 3; i++)
        {
            var block = blocks[i];
            if ((flags[i].Length > 0 || block.LinkDensity > 0.5) && block.Text.Length >= 60)
            {
                break;
            }

            if (IsGood(block) && flags[i].Length == 0)
            {
                to = i + 1;
                skipped = 0;
            }
            else if (block.Text.Length < 60)
            {
                skipped++;
            }
            else
            {
                break;
            }
        }

        return choice with { From = from, To = to };
    }

    /// <summary>
    /// Headings with no kept text under them (the "Related posts" over a removed list) and short
    /// non-sentence lines after the last good block (dates, tags, "Share") leave the body.
    /// </summary>
    private static void TrimEdges(List<Decision> decisions)
    {
        var lastGood = decisions.FindLastIndex(d => d.Reason is null && IsGood(d.Block));
        for (var i = decisions.Count - 1; i > lastGood && i >= 0; i--)
        {
            var d = decisions[i];
            if (d.Reason is null && d.Block.Text.Length < 60 && !EndsSentence(d.Block.Text))
            {
                decisions[i] = d with { Reason = d.Block.Kind == BlockKind.Heading ? RemovalReasons.RelatedStories : RemovalReasons.Boilerplate };
            }
        }

        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            if (d.Reason is null && d.Block.Kind == BlockKind.Heading && !TextUnder(decisions, i))
            {
                decisions[i] = d with { Reason = RemovalReasons.RelatedStories };
            }
        }
    }

    /// <summary>True when kept text follows heading <paramref name="i"/> before a heading of its level or higher.</summary>
    private static bool TextUnder(List<Decision> decisions, int i)
    {
        var level = decisions[i].Block.HeadingLevel;
        for (var j = i + 1; j < decisions.Count && j < i + 200; j++)
        {
            var d = decisions[j];
            if (d.Reason is not null)
            {
                continue;
            }

            if (d.Block.Kind != BlockKind.Heading)
            {
                return true;
            }

            if (d.Block.HeadingLevel <= level)
            {
                return false;
            }
        }

        return false;
    }

    private static bool EndsSentence(string text) =>
        text.TrimEnd('"', '”', '’', '»', ')', ' ') is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '…' or ':' or ';';

    private readonly record struct Choice(int Element, int From, int To, double Good);

    private static Choice Best(PageBlocks page, int[][] flags, bool penaliseFlags, double totalGood)
    {
        var blocks = page.Blocks;
        var prefix = new double[blocks.Count + 1];
        var goodPrefix = new double[blocks.Count + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            var flagged = penaliseFlags && flags[i].Length > 0;
            prefix[i + 1] = prefix[i] + (flagged ? -1.0 * blocks[i].Text.Length : Weight(blocks[i]));
            goodPrefix[i + 1] = goodPrefix[i] + (!flagged && IsGood(blocks[i]) ? blocks[i].Text.Length : 0);
        }

        var best = new Choice(-1, 0, 0, 0);
        var bestScore = double.MinValue;
        for (var e = 0; e < page.Elements.Count; e++)
        {
            var span = page.Elements[e];
            var from = LowerBound(blocks, span.Start);
            var to = LowerBound(blocks, span.End);
            if (to <= from)
            {
                continue;
            }

            var score = prefix[to] - prefix[from];
            var good = goodPrefix[to] - goodPrefix[from];
            if (span.Marker > 0 && good > 0.3 * totalGood)
            {
                score += span.Marker * totalGood;
            }

            // Ties go to the later (deeper) element: it holds the same text with less around it.
            if (score >= bestScore)
            {
                bestScore = score;
                best = new Choice(e, from, to, good);
            }
        }

        return best;
    }

    /// <summary>For each block, the indices of the flagged spans holding it, innermost first.</summary>
    private static int[][] FlagChains(PageBlocks page)
    {
        var chains = new int[page.Blocks.Count][];
        var order = Enumerable.Range(0, page.Flagged.Count).OrderBy(i => page.Flagged[i].Start).ToList();
        var open = new List<int>();
        var next = 0;
        for (var b = 0; b < page.Blocks.Count; b++)
        {
            var position = page.Blocks[b].Position;
            while (next < order.Count && page.Flagged[order[next]].Start <= position)
            {
                open.Add(order[next++]);
            }

            open.RemoveAll(f => page.Flagged[f].End <= position);
            chains[b] = open.Count == 0 ? [] : [.. Enumerable.Reverse(open)];
        }

        return chains;
    }

    private static int LowerBound(IReadOnlyList<HtmlBlock> blocks, int position)
    {
        int lo = 0, hi = blocks.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (blocks[mid].Position < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool IsGood(HtmlBlock block) =>
        block.Kind != BlockKind.Heading && block.Text.Length >= 80 && block.LinkDensity < 0.3;

    private static double Weight(HtmlBlock block)
    {
        var length = block.Text.Length;
        var density = block.LinkDensity;
        if (density > 0.5)
        {
            return -length;
        }

        if (block.Kind == BlockKind.Heading)
        {
            return 0;
        }

        if (IsGood(block))
        {
            return length;
        }

        return length >= 30 ? 0.3 * length * (1 - (2 * density)) : -5;
    }

    private static List<Decision> KeepRange(PageBlocks page, int[][] flags, Choice choice)
    {
        var blocks = page.Blocks;
        var containerStart = page.Elements[choice.Element].Start;

        // A chrome name on a wrapper that holds most of the chosen text is a layout name, not chrome.
        var flaggedGood = new Dictionary<int, double>();
        for (var i = choice.From; i < choice.To; i++)
        {
            if (IsGood(blocks[i]))
            {
                foreach (var f in flags[i])
                {
                    flaggedGood[f] = flaggedGood.GetValueOrDefault(f) + blocks[i].Text.Length;
                }
            }
        }

        bool Applies(int f) => page.Flagged[f].Start > containerStart && flaggedGood.GetValueOrDefault(f) < 0.5 * choice.Good;
        var decisions = new List<Decision>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i < choice.From || i >= choice.To)
            {
                decisions.Add(new Decision(block, block.LinkDensity > 0.5 ? RemovalReasons.Navigation : RemovalReasons.OutsideMain));
                continue;
            }

            // Chrome names on the container or its ancestors say nothing: only those inside it count.
            var inner = flags[i].Where(Applies).Select(f => page.Flagged[f].Reason).FirstOrDefault();
            decisions.Add(new Decision(block, inner ?? InsideReason(block)));
        }

        return decisions;
    }

    /// <summary>Fallback: every good block outside chrome, plus the short link-poor blocks between two good ones.</summary>
    private static List<Decision> KeepGoodBlocks(IReadOnlyList<HtmlBlock> blocks, int[][] flags)
    {
        var good = blocks.Select((b, i) => flags[i].Length == 0
            && (IsGood(b) || (b.Text.Length >= 40 && b.LinkDensity < 0.2 && b.Kind != BlockKind.Heading))).ToArray();
        var decisions = new List<Decision>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var between = i > 0 && i < blocks.Count - 1 && good[i - 1] && good[i + 1] && block.LinkDensity < 0.3 && flags[i].Length == 0;
            decisions.Add(good[i] || between
                ? new Decision(block, InsideReason(block))
                : new Decision(block, block.LinkDensity > 0.5 ? RemovalReasons.Navigation : RemovalReasons.OutsideMain));
        }

        return decisions;
    }

    private static string? InsideReason(HtmlBlock block)
    {
        if (block.Kind == BlockKind.Heading && block.HeadingLevel == 1)
        {
            return RemovalReasons.Title;
        }

        var density = block.LinkDensity;
        if (density > 0.6 || (density > 0.3 && block.Text.Length < 200))
        {
            return block.Kind == BlockKind.ListItem ? RemovalReasons.RelatedStories : RemovalReasons.Navigation;
        }

        return null;
    }
}

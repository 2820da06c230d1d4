using System.Collections.Immutable;
using Storyline.Cleaning.Credits;
using Storyline.Documents;

namespace Storyline.Cleaning.Text;

/// <summary>The result of cleaning already-flattened text.</summary>
/// <param name="Title">The block taken as title, or null.</param>
/// <param name="Byline">Author names from a byline block, or null.</param>
/// <param name="Published">The date of a date line before the body, or null.</param>
/// <param name="Paragraphs">Body paragraphs.</param>
/// <param name="Removed">Removed blocks with reasons.</param>
/// <param name="Credits">Agencies credited for the text (credit lines, "(Reuters) -" marks); photo credits stay in the removed captions.</param>
public sealed record TextCleaning(string? Title, string? Byline, DateTimeOffset? Published, ImmutableArray<string> Paragraphs, ImmutableArray<RemovedBlock> Removed, ImmutableArray<string> Credits);

/// <summary>
/// Classifies the blocks (non-empty lines) of flattened text. Each block first gets a label from
/// its own features (credit line, photo caption, byline, date line, "Read also", appeal, disclaimer,
/// duplicate). The body core is the run of long, sentence-shaped blocks that share vocabulary with
/// each other and do not address the reader. Before the core: the title is the headline-shaped
/// block sharing most vocabulary with the body, and what precedes it is site chrome. After the
/// core: the first confident debris block is a barrier, and when no core-like block follows it,
/// the barrier, everything after it and the short lines just before it are debris.
/// </summary>
public static class TextBlockClassifier
{
    /// <summary>
    /// A short line ending in a colon introduces what follows ("A message from our editors:"): when
    /// that is debris, the introducer is too. Walked backwards so a chain of introducers follows.
    /// </summary>
    private static void LabelIntroducers(List<string> blocks, List<List<string>> words, string?[] labels)
    {
        for (var i = blocks.Count - 2; i >= 0; i--)
        {
            if (labels[i] is null && labels[i + 1] is RemovalReasons.CallToAction or RemovalReasons.RelatedStories or RemovalReasons.Disclaimer
                && blocks[i].EndsWith(':') && words[i].Count <= 10)
            {
                labels[i] = labels[i + 1];
            }
        }
    }

    // An appeal is the outlet's voice; "we" and "you" inside a quote are a speaker's.
    private static readonly char[] QuoteMarks = ['"', '“', '«', '„'];

    /// <summary>Cleans one flattened report. <paramref name="template"/> holds blocks known as the outlet's template.</summary>
    public static TextCleaning Classify(string text, IReadOnlySet<string>? template = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = text.Split('\n').Select(l => l.Trim().Trim('\u00a0').Trim()).Where(l => l.Length > 0).ToList();
        var labels = new string?[blocks.Count];
        var words = blocks.Select(BlockFeatures.Words).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            labels[i] = template is not null && template.Contains(TemplateKey(blocks[i])) ? RemovalReasons.Template
                : !seen.Add(blocks[i]) ? RemovalReasons.Duplicate
                : OwnLabel(blocks[i], words[i]);
        }

        var vocabulary = Vocabulary(blocks, words, labels);
        var core = blocks.Select((b, i) => labels[i] is null && IsCoreLike(b, words[i], vocabulary, i)).ToArray();
        if (!core.Contains(true))
        {
            // A short report's paragraphs may share too few words to pass the coherence test: its
            // sentence-shaped long blocks that do not address the reader are the core then.
            core = [.. blocks.Select((b, i) => labels[i] is null && IsSentenceBlock(b, words[i]) && BlockFeatures.AppealShare(words[i]) < 0.03)];
        }

        var own = (string?[])labels.Clone();
        var first = Array.IndexOf(core, true);
        var last = Array.LastIndexOf(core, true);
        string? title = null;
        DateTimeOffset? published = null;
        string? byline = null;
        if (first < 0)
        {
            first = 0;
            last = blocks.Count - 1;
        }
        else
        {
            title = LabelHead(blocks, words, labels, vocabulary, first);
            LabelTail(blocks, words, labels, vocabulary, last);
        }

        LabelComments(blocks, words, labels, core, first);
        LabelShortRuns(blocks, words, labels, vocabulary, first, last);
        LabelIntroducers(blocks, words, labels);
        LabelRelatedLists(blocks, words, labels, own);

        var paragraphs = ImmutableArray.CreateBuilder<string>();
        var removed = ImmutableArray.CreateBuilder<RemovedBlock>();
        var credits = new List<string>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var label = labels[i];
            if (label is null)
            {
                var (clean, agencies) = CreditExtractor.StripInlineCredit(blocks[i]);
                credits.AddRange(agencies);
                paragraphs.Add(QuoteRepair.Repair(clean));
                continue;
            }

            removed.Add(new RemovedBlock(blocks[i], label));
            // A photo agency supplied a picture, not the words: only reporting credits say whose
            // text the article carries, which is what wire-copy counting needs.
            if (label is RemovalReasons.Credit)
            {
                credits.AddRange(CreditExtractor.Agencies(blocks[i]));
            }
            // A dateline dates the report when it stands in the head: before the body core, or right
            // after the first kept line (the title, when a short report has no core to find).
            else if (label is RemovalReasons.Dateline or RemovalReasons.Byline && DateLines.Parse(blocks[i]) is { } head)
            {
                // A date line dates the report only in the head; a byline names its authors wherever it stands.
                if (i < first || paragraphs.Count <= 1)
                {
                    published ??= head.Date;
                }

                byline ??= head.Byline;
            }
        }

        return new TextCleaning(title, byline, published, paragraphs.ToImmutable(), removed.ToImmutable(), [.. credits.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The reason a short block of an HTML body is page metadata rather than text: a date line,
    /// a byline, a "Read also" pointer or a photo credit; null for text.
    /// </summary>
    public static string? MetadataLine(string block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Length > 200)
        {
            return null;
        }

        if (!block.Any(char.IsLetter) || (block.Length <= 2 && !block.Any(char.IsDigit)))
        {
            return RemovalReasons.Navigation;
        }

        return BlockFeatures.IsWidgetLabel(block) is { } label ? label
            : DateLines.Parse(block) is { } head ? HeadLabel(head)
            : BlockFeatures.IsReadAlso(block) ? RemovalReasons.CallToAction
            : CreditExtractor.HasPhotoCredit(block) ? RemovalReasons.Caption
            : null;
    }

    /// <summary>The form under which a block is compared across articles for template detection.</summary>
    public static string TemplateKey(string block) => string.Join(' ', BlockFeatures.Words(block));

    private static string? OwnLabel(string block, List<string> words)
    {
        if (words.Count == 0)
        {
            return RemovalReasons.Navigation;
        }

        if (CreditExtractor.IsCreditLine(block))
        {
            return RemovalReasons.Credit;
        }

        if (BlockFeatures.IsRelatedHeader(block))
        {
            return RemovalReasons.RelatedStories;
        }

        if (BlockFeatures.IsReadAlso(block) || BlockFeatures.IsShareLine(block, words))
        {
            return RemovalReasons.CallToAction;
        }

        if (CreditExtractor.HasPhotoCredit(block) || (block.Length < 400 && CaptionMarker(block)))
        {
            return RemovalReasons.Caption;
        }

        if (DateLines.Parse(block) is { } head)
        {
            return HeadLabel(head);
        }

        var disclaimer = BlockFeatures.DisclaimerHits(words);
        if (disclaimer >= 3 || (disclaimer >= 2 && words.Count < 60))
        {
            return RemovalReasons.Disclaimer;
        }

        if (BlockFeatures.IsSalutation(block) || (BlockFeatures.AppealShare(words) >= 0.12 && block.IndexOfAny(QuoteMarks) < 0))
        {
            return RemovalReasons.CallToAction;
        }

        return null;
    }

    /// <summary>A line holding both names and a date is named after what it opens with.</summary>
    private static string HeadLabel(HeadLine head) =>
        head.Date is null || head.BylineFirst ? RemovalReasons.Byline : RemovalReasons.Dateline;

    /// <summary>Position markers of photo captions: "(left)", "(third right)", "(L)".</summary>
    private static bool CaptionMarker(string block)
    {
        var open = block.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = block.IndexOf(')', open);
            if (close < 0)
            {
                return false;
            }

            var inner = block[(open + 1)..close].Trim().ToLowerInvariant();
            var last = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (inner.Length < 20 && last is "left" or "right" or "center" or "centre" or "l" or "r" or "c" or "front" or "back" or "top" or "bottom")
            {
                return true;
            }

            open = block.IndexOf('(', close);
        }

        return false;
    }

    /// <summary>How many unlabelled long blocks each content word appears in.</summary>
    private static Dictionary<string, int> Vocabulary(List<string> blocks, List<List<string>> words, string?[] labels)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (labels[i] is null && blocks[i].Length >= 60)
            {
                foreach (var w in BlockFeatures.ContentWords(words[i]).Distinct())
                {
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>Share of a block's content words found in other long blocks of the same report.</summary>
    private static double Coherence(List<string> words, Dictionary<string, int> vocabulary, bool counted)
    {
        var content = BlockFeatures.ContentWords(words).Distinct().ToList();
        if (content.Count == 0)
        {
            return 0;
        }

        var self = counted ? 1 : 0;
        return (double)content.Count(w => vocabulary.GetValueOrDefault(w) > self) / content.Count;
    }

    private static bool IsCoreLike(string block, List<string> words, Dictionary<string, int> vocabulary, int index) =>
        IsSentenceBlock(block, words) && Coherence(words, vocabulary, counted: true) >= 0.25;

    private static bool IsSentenceBlock(string block, List<string> words) =>
        block.Length >= 80 && words.Count >= 12 && (BlockFeatures.EndsSentence(block) || block.Length >= 200) && !BlockFeatures.IsTeaser(block);

    /// <summary>
    /// The lines under a "More news"-type header are the list it heads: short lines, or debris lines
    /// that no own feature labelled, up to the first line with a label of its own.
    /// </summary>
    private static void LabelRelatedLists(List<string> blocks, List<List<string>> words, string?[] labels, string?[] own)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (own[i] != RemovalReasons.RelatedStories)
            {
                continue;
            }

            for (var j = i + 1; j < blocks.Count && own[j] is null && words[j].Count <= 15
                 && (labels[j] is not null || !BlockFeatures.EndsSentence(blocks[j])); j++)
            {
                labels[j] = RemovalReasons.RelatedStories;
            }
        }
    }

    private static string? LabelHead(List<string> blocks, List<List<string>> words, string?[] labels, Dictionary<string, int> vocabulary, int first)
    {
        var titleIndex = -1;
        var bestCoherence = 0.3;
        for (var i = 0; i < first; i++)
        {
            if (labels[i] is not null || !HeadlineShaped(blocks[i], words[i]))
            {
                continue;
            }

            var coherence = Coherence(words[i], vocabulary, counted: blocks[i].Length >= 60);
            if (coherence > bestCoherence)
            {
                bestCoherence = coherence;
                titleIndex = i;
            }
        }

        if (titleIndex < 0)
        {
            titleIndex = AnchoredTitle(blocks, words, labels, first);
        }

        for (var i = 0; i < first; i++)
        {
            if (labels[i] is not null)
            {
                continue;
            }

            if (i == titleIndex)
            {
                labels[i] = RemovalReasons.Title;
            }
            else if (i < titleIndex || words[i].Count < 8 || !BlockFeatures.EndsSentence(blocks[i]))
            {
                // Above the title is the site's masthead and banners; short lines below it are kickers and labels.
                labels[i] = BlockFeatures.AppealShare(words[i]) > 0.05 ? RemovalReasons.CallToAction : RemovalReasons.Navigation;
            }
        }

        return titleIndex >= 0 ? blocks[titleIndex] : null;
    }

    /// <summary>
    /// A headline may share no word with its body ("A second chance on the Moon" over a report that
    /// says "lunar"). Layout still names it: the headline-shaped line standing right above the byline
    /// or date line, with only head metadata (byline, date, caption, credit) and lead paragraphs
    /// between it and the body core.
    /// </summary>
    private static int AnchoredTitle(List<string> blocks, List<List<string>> words, string?[] labels, int first)
    {
        var anchored = false;
        for (var i = first - 1; i >= 0; i--)
        {
            if (labels[i] is RemovalReasons.Byline or RemovalReasons.Dateline)
            {
                anchored = true;
            }
            else if (labels[i] is RemovalReasons.Caption or RemovalReasons.Credit || (!anchored && labels[i] is null && IsSentenceBlock(blocks[i], words[i])))
            {
                // Lead paragraphs too plain to join the core stay body; the title stands above them.
                continue;
            }
            else
            {
                return anchored && labels[i] is null && HeadlineShaped(blocks[i], words[i]) ? i : -1;
            }
        }

        return -1;
    }

    private static bool HeadlineShaped(string block, List<string> words) =>
        words.Count is >= 3 and <= 40 && block.Length <= 250 && !block.TrimEnd().EndsWith('.') && !block.TrimEnd().EndsWith(':');

    private static void LabelTail(List<string> blocks, List<List<string>> words, string?[] labels, Dictionary<string, int> vocabulary, int last)
    {
        // The barrier: the first confident debris block after which nothing reads like the body.
        var barrier = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (labels[i] is null or RemovalReasons.Duplicate || i < 1)
            {
                continue;
            }

            var laterBody = false;
            for (var j = i + 1; j < blocks.Count && !laterBody; j++)
            {
                laterBody = labels[j] is null && blocks[j].Length >= 80 && BlockFeatures.AppealShare(words[j]) < 0.03
                    && (blocks[j].Length >= 200 || Coherence(words[j], vocabulary, counted: true) >= 0.35) && !BlockFeatures.IsTeaser(blocks[j]);
            }

            if (!laterBody && i > IndexOfFirstBody(labels))
            {
                barrier = i;
                break;
            }
        }

        var marked = barrier >= 0;
        if (!marked)
        {
            // No debris marker: only short lines and teasers after the last core block go.
            barrier = last + 1;
        }

        // The tail is named after its most frequent telling label: appeals, disclaimers or other stories.
        var tailReason = blocks.Skip(barrier).Any(BlockFeatures.IsTeaser)
            ? RemovalReasons.RelatedStories
            : labels.Skip(barrier).Where(l => l is not null and not (RemovalReasons.Duplicate or RemovalReasons.Credit or RemovalReasons.Dateline or RemovalReasons.Title))
                .GroupBy(l => l).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? RemovalReasons.RelatedStories;

        var start = barrier;
        while (start - 1 > 0 && labels[start - 1] is null && words[start - 1].Count <= 8 && !BlockFeatures.EndsSentence(blocks[start - 1]))
        {
            start--;
        }

        for (var i = start; i < blocks.Count; i++)
        {
            var shortLine = words[i].Count <= 8 && !BlockFeatures.EndsSentence(blocks[i]);
            if (labels[i] is null && (marked || shortLine || BlockFeatures.IsTeaser(blocks[i])))
            {
                labels[i] = BlockFeatures.IsTeaser(blocks[i]) ? RemovalReasons.RelatedStories : tailReason;
            }
        }
    }

    // Measured on the flattened trafilatura pages (bench `cleaning-flat`, tuning half): two or more
    // lines of at most eight words, with under 70 % of their content words in the body's vocabulary.
    private const int ShortRunLines = 2;
    private const int ShortRunWords = 8;
    private const double ShortRunKinship = 0.7;

    /// <summary>
    /// Inside the body, a run of several short lines that end no sentence is a widget (a menu, a list
    /// of headlines, share buttons), not a subheading: a subheading stands alone between paragraphs.
    /// A short list in the article's own words (ingredients, specifications, steps) stays.
    /// </summary>
    private static void LabelShortRuns(List<string> blocks, List<List<string>> words, string?[] labels, Dictionary<string, int> vocabulary, int first, int last)
    {
        var i = Math.Max(first, 0);
        while (i <= last)
        {
            var j = i;
            while (j <= last && (labels[j] is not null and not RemovalReasons.Duplicate || (labels[j] is null && words[j].Count <= ShortRunWords && !BlockFeatures.EndsSentence(blocks[j]))))
            {
                j++;
            }

            var run = Enumerable.Range(i, j - i).Where(k => labels[k] is null).ToList();
            var content = run.SelectMany(k => BlockFeatures.ContentWords(words[k])).ToList();
            var kin = content.Count == 0 ? 0 : (double)content.Count(w => vocabulary.GetValueOrDefault(w) > 0) / content.Count;
            if (run.Count >= ShortRunLines && kin < ShortRunKinship)
            {
                for (var k = i; k < j; k++)
                {
                    labels[k] ??= RemovalReasons.Navigation;
                }
            }

            i = j + 1;
        }
    }

    /// <summary>
    /// Reader comments follow the article with a date and time each ("Jane says: / 12 May 2021 at 10:22").
    /// A report has its date line in the head; two or more timed ones after most of the body open the
    /// comments: from the first of them (and the name line just above it) to the end.
    /// </summary>
    private static void LabelComments(List<string> blocks, List<List<string>> words, string?[] labels, bool[] core, int first)
    {
        if (first < 0)
        {
            return;
        }

        var dated = Enumerable.Range(first + 1, Math.Max(0, blocks.Count - first - 1))
            .Where(i => labels[i] is RemovalReasons.Dateline or RemovalReasons.Byline && DateLines.HasTime(blocks[i]))
            .ToList();
        if (dated.Count < CommentDates)
        {
            return;
        }

        // Comments follow the article: most of the body's words must stand before them.
        var coreWords = Enumerable.Range(0, blocks.Count).Where(i => core[i]).Sum(i => words[i].Count);
        var before = Enumerable.Range(0, dated[0]).Where(i => core[i]).Sum(i => words[i].Count);
        if (before < CommentShare * coreWords)
        {
            return;
        }

        var start = dated[0];
        while (start - 1 > first && labels[start - 1] is null && words[start - 1].Count <= 4
               && (blocks[start - 1].EndsWith(':') || !BlockFeatures.EndsSentence(blocks[start - 1])))
        {
            start--;
        }

        for (var i = start; i < blocks.Count; i++)
        {
            labels[i] ??= RemovalReasons.Comments;
        }
    }

    // Measured on the flattened trafilatura pages (bench `cleaning-flat`, tuning half): two timed
    // date lines after the body has begun, with at least half of the body's words before them.
    private const int CommentDates = 2;
    private const double CommentShare = 0.5;

    private static int IndexOfFirstBody(string?[] labels) => Array.IndexOf(labels, null);
}

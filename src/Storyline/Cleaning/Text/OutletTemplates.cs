using Storyline.Cleaning.Html;
using Storyline.Documents;

namespace Storyline.Cleaning.Text;

/// <summary>
/// Learns each outlet's template from the batch: a block (compared by its words) that appears in
/// at least N reports of the same outlet is site furniture, not reporting. Reports without a known
/// outlet are not grouped: a paragraph shared across outlets is wire copy, which must stay.
/// </summary>
public static class OutletTemplates
{
    /// <summary>The outlet a document belongs to: its source hint, else the host of its URL hint; null when unknown.</summary>
    public static string? OutletKey(RawDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.Hints.Source?.Trim().ToLowerInvariant();
        return string.IsNullOrEmpty(source) ? MetadataReader.HostOf(document.Hints.Url) : source;
    }

    /// <summary>
    /// A block carried by more of an outlet's reports than this (and than half of them) is furniture
    /// whatever else they share, and does not count towards two reports being versions of one.
    /// </summary>
    private const int VersionBlockMaxDocuments = 20;

    /// <summary>
    /// Fewest words two versions of one report share: a few sentences, as for a shared passage. Two
    /// pages whose only text is one short line (a messenger prompt left as the body under two
    /// different headlines) share the site's furniture, not a report.
    /// </summary>
    private const int VersionMinSharedWords = 30;

    /// <summary>
    /// Outlet key → template block keys, for outlets with at least <paramref name="minDocuments"/>
    /// reports. Versions of one report (a re-scrape, an update, the same story under two addresses)
    /// count once: two reports whose shared blocks hold at least half of the smaller one's words, and a
    /// few sentences (leaving out blocks most of the outlet carries), are one report, or the copies
    /// would strip each other's bodies as template.
    /// </summary>
    public static Dictionary<string, IReadOnlySet<string>> Learn(IReadOnlyList<RawDocument> documents, int minDocuments)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var outlet in documents.GroupBy(OutletKey).Where(g => g.Key is not null && g.Count() >= minDocuments))
        {
            var blocks = outlet.AsParallel().AsOrdered().Select(d => Blocks(d).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
            var carriers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < blocks.Length; i++)
            {
                foreach (var key in blocks[i])
                {
                    if (!carriers.TryGetValue(key, out var list))
                    {
                        carriers[key] = list = [];
                    }

                    list.Add(i);
                }
            }

            var version = Versions(blocks, carriers);
            var template = carriers
                .Where(c => c.Value.Count >= minDocuments && c.Value.Select(i => version[i]).Distinct().Count() >= minDocuments)
                .Select(c => c.Key)
                .ToHashSet(StringComparer.Ordinal);
            if (template.Count > 0)
            {
                result[outlet.Key!] = template;
            }
        }

        return result;
    }

    /// <summary>
    /// Each report's version group (the index of a report in it): reports whose shared blocks hold at
    /// least half of the smaller one's words and <see cref="VersionMinSharedWords"/>, leaving out
    /// blocks most of the outlet carries. Each block compares only the neighbours in its list of
    /// carriers, so the cost grows with the blocks the reports hold rather than with pairs of reports,
    /// even when every report shares a menu.
    /// </summary>
    private static int[] Versions(string[][] blocks, Dictionary<string, List<int>> carriers)
    {
        var common = Math.Max(VersionBlockMaxDocuments, blocks.Length / 2);
        var own = blocks.Select(b => b.Where(k => carriers[k].Count <= common).ToHashSet(StringComparer.Ordinal)).ToArray();
        var words = own.Select(b => b.Sum(Words)).ToArray();
        var parent = Enumerable.Range(0, blocks.Length).ToArray();
        int Root(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        var compared = new HashSet<(int, int)>();
        foreach (var list in carriers.Values.Where(l => l.Count is >= 2 && l.Count <= common))
        {
            for (var n = 1; n < list.Count; n++)
            {
                var (x, y) = (list[n - 1], list[n]);
                if (Root(x) == Root(y) || !compared.Add((x, y)))
                {
                    continue;
                }

                var (small, large) = own[x].Count <= own[y].Count ? (own[x], own[y]) : (own[y], own[x]);
                var shared = small.Where(large.Contains).Sum(Words);
                if (shared >= VersionMinSharedWords && 2 * shared >= Math.Min(words[x], words[y]))
                {
                    var (rx, ry) = (Root(x), Root(y));
                    parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
                }
            }
        }

        return [.. Enumerable.Range(0, blocks.Length).Select(Root)];
    }

    /// <summary>Words in a block key (its words joined by single spaces).</summary>
    private static int Words(string key) => key.Count(c => c == ' ') + 1;

    private static IEnumerable<string> Blocks(RawDocument document)
    {
        var blocks = document.Format == SourceFormat.Html
            ? HtmlExtractor.Extract(document.Content).Paragraphs.AsEnumerable()
            : document.Content.Split('\n');
        return blocks.Select(TextBlockClassifier.TemplateKey).Where(k => k.Length > 0);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Documents;

namespace Storyline.Cleaning.Text;

/// <summary>
/// Names the outlet of a flattened report from its own debris: sites name themselves in copyright
/// lines, reader appeals ("A message from X", "the journalists of X") and mastheads. The removed
/// blocks are where those live, so only they are read; the body never names its publisher this way.
/// </summary>
internal static partial class OutletFinder
{
    // Words that make a short capitalised line look like a publication's name.
    private static readonly HashSet<string> MastheadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "Times", "Post", "Daily", "Herald", "Journal", "Tribune", "Review", "Courier", "Ledger",
        "Dispatch", "Gazette", "Telegraph", "Weekly", "Wire", "Press", "Observer", "Chronicle", "Standard",
        "Mail", "Express", "Guardian", "Independent", "Monitor", "Record", "Today", "Magazine", "Radio",
        "Television", "TV", "Insider", "Bulletin", "Sentinel", "Examiner", "Inquirer", "Register", "Globe",
    };

    // Lines that are site furniture, never a name, however they are capitalised.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Home", "Menu", "News", "Skip to content", "Search", "Subscribe", "Sign in", "Log in", "Share", "Latest News",
        "Top News", "Breaking News", "More News", "Related News", "World News", "Read more", "Advertisement",
    };

    /// <summary>The outlet the removed blocks name, or null.</summary>
    public static string? Find(IReadOnlyList<RemovedBlock> removed, string rawText)
    {
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(rawText);
        foreach (var block in removed)
        {
            var self = SelfReference().Match(block.Text);
            if (self.Success && Clean(self.Groups["name"].Value) is { } named)
            {
                return named;
            }
        }

        foreach (var block in removed)
        {
            if (block.Reason is RemovalReasons.Title or RemovalReasons.Caption or RemovalReasons.Byline or RemovalReasons.Dateline)
            {
                continue;
            }

            // A masthead often carries a tagline: "Valley Courier | Local news", "NewsFlow - all the news".
            var head = MastheadSplit().Split(block.Text.Trim())[0];
            if (Clean(head) is { } name && (HasMastheadWord(name) || RecursElsewhere(name, rawText)))
            {
                return name;
            }
        }

        return null;
    }

    private static bool HasMastheadWord(string name) =>
        name.Split(' ').Any(w => MastheadWords.Contains(w) || MastheadWords.Any(m => w.Length > m.Length && w.StartsWith(m, StringComparison.Ordinal) && char.IsUpper(w[m.Length])));

    // A site's name recurs in its own furniture ("Published by NewsFlow Desk", "NewsFlow publishes ...").
    private static bool RecursElsewhere(string name, string rawText)
    {
        var first = rawText.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return first >= 0 && rawText.IndexOf(name, first + name.Length, StringComparison.OrdinalIgnoreCase) >= 0;
    }

    /// <summary>The candidate as a name: 1 to 4 capitalised words, no digits, no sentence punctuation.</summary>
    private static string? Clean(string candidate)
    {
        var text = candidate.Trim().TrimEnd(':', '.', ',', ';').Trim();
        if (text.Length is < 3 or > 40 || NotNames.Contains(text) || text.Any(c => char.IsDigit(c) || c is '.' or ',' or '?' or '!' or '"' or '“'))
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4 || !words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "de" or "la" or "le"))
        {
            return null;
        }

        // An all-capitals masthead ("ORBIT WEEKLY") reads better as a name in title case.
        return words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c))) && words.Any(w => w.Length > 3)
            ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant())
            : string.Join(' ', words);
    }

    // Keywords case-insensitive, the name itself capitalised.
    [GeneratedRegex(@"(?:©|(?i:\(c\)|copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?<name>(?:The\s+)?\p{Lu}[\p{L}&'’]*(?:\s+\p{Lu}[\p{L}&'’]*){0,3})|\b(?i:a\s+message\s+from|journalists\s+of|by\s+supporting|support\s+the)\s+(?<name>(?:The\s+)?\p{Lu}[\p{L}&'’]*(?:\s+\p{Lu}[\p{L}&'’]*){0,3})", RegexOptions.CultureInvariant)]
    private static partial Regex SelfReference();

    [GeneratedRegex(@"\s+[|–—-]\s+|\s*:\s+")]
    private static partial Regex MastheadSplit();
}

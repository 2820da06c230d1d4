using System.Text.RegularExpressions;
using Storyline.Documents;

namespace Storyline.Ingest;

/// <summary>
/// Decides from content whether a report is an HTML page or flattened text, because extensions lie
/// (scrapers save HTML as .txt and text as .html) and JSON Lines <c>text</c> fields may hold markup.
/// Shared by every command that reads reports.
/// </summary>
public static partial class FormatSniffer
{
    private const int SniffChars = 65536;

    /// <summary>
    /// How many tags of common HTML elements the head must hold to count as HTML when it does not open
    /// with a doctype or an html tag: a text that mentions one "&lt;br&gt;" stays text.
    /// </summary>
    private const int MinimumTags = 3;

    /// <summary>The format of the content.</summary>
    public static SourceFormat Sniff(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = content.AsSpan(0, Math.Min(content.Length, SniffChars)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return SourceFormat.Html;
        }

        var tags = 0;
        foreach (var _ in HtmlTag().EnumerateMatches(head))
        {
            if (++tags >= MinimumTags)
            {
                return SourceFormat.Html;
            }
        }

        return SourceFormat.Text;
    }

    /// <summary>True when the content opens like a JSON Lines stream: its first non-blank line is a JSON object.</summary>
    public static bool LooksLikeJsonLines(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var trimmed = content.AsSpan().TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '{')
        {
            return false;
        }

        var end = trimmed.IndexOf('\n');
        var first = (end < 0 ? trimmed : trimmed[..end]).TrimEnd();
        return first.Length >= 2 && first[^1] == '}';
    }

    [GeneratedRegex(@"</?(?:p|div|br|span|a|body|head|article|section|header|footer|nav|main|h[1-6]|ul|ol|li|script|style|meta|link|table|tr|td|img|figure|figcaption|strong|em|title)\b[^<>]{0,2000}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();
}

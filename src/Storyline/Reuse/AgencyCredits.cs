using System.Text.RegularExpressions;
using Storyline.Cleaning.Credits;
using Storyline.Documents;

namespace Storyline.Reuse;

/// <summary>
/// Which wire agency a shared passage comes from. Evidence, strongest first: the carriers'
/// <see cref="Article.Credits"/> (the credit lines and "MOSCOW (AP) —" marks Cleaning took out of
/// the text; photo credits are not among them, since a photo agency supplied no words), then the
/// passage itself naming an agency as its source ("TASS reported", "told Reuters").
/// </summary>
internal static partial class AgencyCredits
{
    /// <summary>The agency a passage is credited to, or null.</summary>
    public static string? Credit(IEnumerable<Article> carriers, string passageText)
    {
        // Each carrier has one vote, split among the agencies it credits; ties go to the first named.
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var article in carriers)
        {
            var named = article.Credits.Select(c => AgencyGazetteer.Normalise(c) ?? c).Distinct(StringComparer.Ordinal).ToList();
            foreach (var agency in named)
            {
                votes[agency] = votes.GetValueOrDefault(agency) + (1.0 / named.Count);
                if (!order.Contains(agency))
                {
                    order.Add(agency);
                }
            }
        }

        if (votes.Count > 0)
        {
            return order.OrderByDescending(a => votes[a]).First();
        }

        var sourced = SourcedInText(passageText);
        return sourced.Count == 1 ? sourced[0] : null;
    }

    /// <summary>Agencies a passage names as the source of what it says ("TASS reported", "told Reuters").</summary>
    internal static List<string> SourcedInText(string text) =>
        [.. SourcingCue().Matches(text)
            .Select(m => KnownAgency(m.Groups["agency"].Value))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)];

    // The capture may carry a neighbouring capitalised word ("Times RIA Novosti reported"): the
    // longest run of its words the gazetteer knows is the agency.
    private static string? KnownAgency(string captured)
    {
        var words = captured.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = words.Length; length > 0; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (AgencyGazetteer.Normalise(string.Join(' ', words, start, length)) is { } agency)
                {
                    return agency;
                }
            }
        }

        return null;
    }

    // The agency is any capitalised one- to three-word name; the gazetteer decides whether it is one.
    [GeneratedRegex(@"(?<agency>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?:\s+news\s+agency)?\s+(?:reported|said|reports|cited|quoted)\b|\b(?:told|according\s+to|cited\s+by|quoted\s+by)\s+(?:the\s+)?(?:state-run\s+|state\s+)?(?<agency>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex SourcingCue();
}

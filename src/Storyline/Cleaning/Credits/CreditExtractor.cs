using System.Text.RegularExpressions;

namespace Storyline.Cleaning.Credits;

/// <summary>
/// Wire and photo credits: lines that only credit ("With reporting by AFP and TASS", "AFP
/// contributed reporting", "Reporting by ...; editing by ...") and credit marks fused into body
/// text ("MOSCOW (Reuters) -" at the start, "— AP" at the end), which are cut off the paragraph.
/// </summary>
internal static partial class CreditExtractor
{
    /// <summary>True when the whole block is a reporting credit.</summary>
    public static bool IsCreditLine(string block) =>
        block.Length <= 300 && (ReportingCredit().IsMatch(block) || ContributedCredit().IsMatch(block) || StaffCredit().IsMatch(block) || IsAgencyCredit(block));

    /// <summary>
    /// A short line of agency names and credit words only, in the languages users feed: "Avec AFP",
    /// "Mit Material von dpa", "Con información de EFE", "With agencies".
    /// </summary>
    private static bool IsAgencyCredit(string block)
    {
        if (block.Length > 80 || !AgencyGazetteer.Find(block).Any())
        {
            return false;
        }

        var rest = AgencyGazetteer.Strip(block).Split([' ', ',', ';', ':', '.', '(', ')', '/', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToList();
        return rest.Count > 0 && rest.All(CreditWords.Contains);
    }

    // Words that may stand beside agency names on a credit line (en, fr, de, es, it).
    private static readonly System.Collections.Frozen.FrozenSet<string> CreditWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "with", "and", "from", "agencies", "wires", "avec", "et", "agences", "mit", "material", "von", "und", "agenturen", "con", "información",
        "informacion", "de", "y", "agencias", "fonte", "fuente", "quelle", "source", "sources", "e", "ansa",
    ], StringComparer.Ordinal);

    /// <summary>True when the block is a photo credit or ends with one ("Name / Agency", "Photo: X").</summary>
    public static bool HasPhotoCredit(string block) =>
        block.Length <= 500 && (PhotoMarker().IsMatch(block) || TrailingSlashCredit().IsMatch(block) || IsAgencyOnly(block));

    /// <summary>A line that is nothing but agency names ("Shutterstock", "APA/AP").</summary>
    private static bool IsAgencyOnly(string block) =>
        block.Length <= 60 && AgencyGazetteer.Find(block).Any()
        && AgencyGazetteer.Strip(block).All(c => !char.IsLetter(c));

    /// <summary>Agencies a block names.</summary>
    public static IEnumerable<string> Agencies(string block) => AgencyGazetteer.Find(block);

    /// <summary>
    /// Cuts a leading "CITY (Agency) -" or a trailing "— Agency" off a body paragraph.
    /// Returns the paragraph without the mark and the agencies it named.
    /// </summary>
    public static (string Text, IReadOnlyList<string> Agencies) StripInlineCredit(string paragraph)
    {
        var lead = LeadingAgency().Match(paragraph);
        if (lead.Success && AgencyGazetteer.Normalise(lead.Groups["agency"].Value) is { } leadAgency)
        {
            var city = lead.Groups["city"].Value.Trim();
            var rest = paragraph[lead.Length..];
            return ((city.Length > 0 ? city + " - " : string.Empty) + rest, [leadAgency]);
        }

        var tail = TrailingAgency().Match(paragraph);
        if (tail.Success && AgencyGazetteer.Normalise(tail.Groups["agency"].Value) is { } tailAgency)
        {
            return (paragraph[..tail.Index].TrimEnd(), [tailAgency]);
        }

        return (paragraph, []);
    }

    [GeneratedRegex(@"^\W{0,3}(?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled|reported)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportingCredit();

    [GeneratedRegex(@"\b(?:contributed|contributed\s+reporting|contributed\s+to\s+this\s+(?:report|story|article))\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContributedCredit();

    [GeneratedRegex(@"^\W{0,3}(?:source|sources|quelle|fuente|source\s*:)\s*:?\s*[\p{Lu}][\p{L}\-]+(?:\s*(?:,|/|and|&)\s*[\p{Lu}][\p{L}\-]+){0,4}\W{0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex StaffCredit();

    [GeneratedRegex(@"\b(?:photo|photos|photograph|image|picture|foto|bild|credit|crédit|фото)s?\s*(?:courtesy|by|credit)?\s*[:/©]|(?:^|\s)©\s*\p{Lu}|\bfile photo\b|\bgetty images\b|\((?:photo|foto|image|picture)s?\s+(?:by|de|von|di)\s|\b(?:photo|foto|image|bild)\s*:?\s*(?-i:(?:\p{Lu}[\p{L}\-]*\s*){1,3})\W*$|[.]\s+(?-i:\p{Lu}{2,}/\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+){0,2})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoMarker();

    [GeneratedRegex(@"[\p{Ll}.)]\s+(?:[\p{Lu}][\p{L}\-'.]+\s+){1,3}/\s*[\p{Lu}][\p{L}\-]+(?:\s+[\p{L}\-]+){0,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingSlashCredit();

    [GeneratedRegex(@"^(?<city>[\p{Lu}][\p{Lu}\p{L} .,'\-]{0,40}?)?\s*\((?<agency>[\p{L}\- ]{2,40})\)\s*[-–—]+\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingAgency();

    [GeneratedRegex(@"\s[-–—]\s*(?<agency>[\p{L}][\p{L}\- ]{1,30})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAgency();
}

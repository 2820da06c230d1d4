using System.Text.RegularExpressions;
using Storyline.Documents;

namespace Storyline.Reuse;

/// <summary>
/// Which wire agency a shared passage comes from. Evidence, strongest first: credit lines of the
/// articles that carry it ("AFP contributed reporting", "With reporting by Reuters", a
/// "MOSCOW (AP) —" dateline), the articles' <see cref="Article.Credits"/>, then the passage itself
/// naming an agency as its source ("TASS reported"). Photo credits ("Photo: X / TASS") name who took
/// a picture, not who wrote the words, and are not evidence.
/// </summary>
internal static partial class AgencyCredits
{
    /// <summary>Canonical agency name → the ways texts write it.</summary>
    private static readonly (string Name, string[] Forms)[] Agencies =
    [
        ("AFP", ["AFP", "Agence France-Presse", "Agence France Presse"]),
        ("Reuters", ["Reuters"]),
        ("AP", ["AP", "Associated Press"]),
        ("TASS", ["TASS", "Tass", "ТАСС", "ITAR-TASS"]),
        ("RIA Novosti", ["RIA Novosti", "РИА Новости", "RIA"]),
        ("Interfax", ["Interfax", "Интерфакс"]),
        ("dpa", ["dpa", "DPA", "Deutsche Presse-Agentur"]),
        ("Xinhua", ["Xinhua"]),
        ("ANSA", ["ANSA"]),
        ("EFE", ["EFE"]),
        ("Kyodo", ["Kyodo"]),
        ("Yonhap", ["Yonhap"]),
        ("UPI", ["UPI", "United Press International"]),
        ("PTI", ["PTI", "Press Trust of India"]),
        ("Anadolu", ["Anadolu Agency", "Anadolu"]),
        ("IANS", ["IANS"]),
        ("Bernama", ["Bernama"]),
        ("APA", ["APA"]),
    ];

    private static readonly Regex AgencyPattern = BuildPattern();

    /// <summary>The agency a passage is credited to, or null.</summary>
    public static string? Credit(IEnumerable<Article> carriers, string passageText)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var article in carriers)
        {
            var named = CreditLines(article.RawText);
            if (named.Count == 0)
            {
                named = [.. article.Credits.Select(Canonical).OfType<string>().Distinct()];
            }

            foreach (var agency in named)
            {
                votes[agency] = votes.GetValueOrDefault(agency) + (1.0 / named.Count);
                if (!order.Contains(agency))
                {
                    order.Add(agency);
                }
            }
        }

        if (votes.Count == 0)
        {
            var sourced = SourcedInText(passageText);
            return sourced.Count == 1 ? sourced[0] : null;
        }

        return order.OrderByDescending(a => votes[a]).First();
    }

    /// <summary>The canonical name of an agency as written, or null when it is none we know.</summary>
    public static string? Canonical(string written)
    {
        var trimmed = written.Trim();
        foreach (var (name, forms) in Agencies)
        {
            if (forms.Any(f => string.Equals(f, trimmed, StringComparison.OrdinalIgnoreCase)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Agencies named by the credit lines of a raw text, in order of first mention.</summary>
    internal static List<string> CreditLines(string rawText)
    {
        var found = new List<string>();
        var lines = rawText.Split('\n');
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (Dateline().Match(line) is { Success: true } dateline && Canonical(dateline.Groups["agency"].Value) is { } wire)
            {
                if (!found.Contains(wire))
                {
                    found.Add(wire);
                }

                continue;
            }

            if (line.Length == 0 || line.Length > 160 || IsPhotoCredit(line))
            {
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var isCredit = CreditCue().IsMatch(line)
                || (words <= 4 && AgencyPattern.Match(line) is { Success: true } m && m.Length >= line.TrimEnd('.').Length - 2);
            if (isCredit)
            {
                foreach (Match match in AgencyPattern.Matches(line))
                {
                    var name = Canonical(match.Value);
                    if (name is not null && !found.Contains(name))
                    {
                        found.Add(name);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Agencies a passage names as the source of what it says ("TASS reported", "told Reuters").</summary>
    private static List<string> SourcedInText(string text) =>
        [.. SourcingCue().Matches(text).Select(m => Canonical(m.Groups["agency"].Value)).OfType<string>().Distinct()];

    private static bool IsPhotoCredit(string line) =>
        PhotoCue().IsMatch(line) || PhotographerSlash().IsMatch(line);

    private static Regex BuildPattern()
    {
        var forms = Agencies.SelectMany(a => a.Forms).OrderByDescending(f => f.Length).Select(Regex.Escape);
        return new Regex(@"(?<![\p{L}\p{N}])(" + string.Join('|', forms) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(?i)(contributed( to this)? report|contributed reporting|with reporting (by|from)|reporting by|additional reporting|^source:|^sources:|^via |^\(?with\b.*\bagenc|wire services|^©|^copyright)", RegexOptions.CultureInvariant)]
    private static partial Regex CreditCue();

    [GeneratedRegex(@"^[\p{Lu}][\p{Lu} .,'-]{1,40}\((?<agency>[^)]{2,40})\)\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"(?i)\b(photo|photos|photograph|image|picture|pictured|getty|caption|illustration|file photo)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCue();

    [GeneratedRegex(@"\p{L}\s*/\s*\S+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotographerSlash();

    [GeneratedRegex(@"(?<agency>AFP|Reuters|TASS|Tass|RIA Novosti|Interfax|Xinhua|Associated Press|AP|dpa|Yonhap|Kyodo|Anadolu)(\s+news agency)?\s+(reported|said|reports|cited|quoted)|(told|according to|cited by|quoted by)\s+(the\s+)?(state-run\s+|state\s+)?(?<agency>AFP|Reuters|TASS|Tass|RIA Novosti|Interfax|Xinhua|Associated Press|AP|dpa|Yonhap|Kyodo|Anadolu)", RegexOptions.CultureInvariant)]
    private static partial Regex SourcingCue();
}

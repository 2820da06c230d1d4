using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Cleaning.Text;

/// <summary>Surface features of one text block used by <see cref="TextBlockClassifier"/>.</summary>
internal static partial class BlockFeatures
{
    // Function words of the languages the engine reads; a content word is a longer word not in here.
    private static readonly FrozenSet<string> Stopwords = new[]
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "was", "are", "were", "be",
        "been", "has", "have", "had", "that", "this", "these", "those", "it", "its", "which", "who", "whom", "but", "not", "also", "than",
        "their", "they", "them", "he", "she", "his", "her", "said", "says", "will", "would", "could", "should", "about", "after", "before",
        "der", "die", "das", "und", "mit", "von", "den", "dem", "ist", "nicht", "le", "la", "les", "des", "et", "du", "un", "une", "est",
        "el", "los", "las", "y", "en", "del", "que", "por", "para", "il", "di", "che", "per",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Addressing the reader: appeals, forms and site chrome talk this way; reports rarely do outside quotes.
    private static readonly FrozenSet<string> ReaderAddress = new[]
    {
        "we", "us", "our", "ours", "you", "your", "yours", "we're", "you're", "we've", "you've", "we'll", "you'll",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ActionWords = new[]
    {
        "subscribe", "subscription", "subscribers", "donate", "donation", "donations", "support", "newsletter", "sign", "signup",
        "login", "log", "register", "reply", "comment", "comments", "share", "follow", "click", "download", "advertisement", "ad-free",
        "ads", "contribution", "contribute", "membership", "remind", "email", "cancel", "monthly", "annual",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DisclaimerWords = new[]
    {
        "translate", "translated", "translation", "automatically", "automatic", "programmatic", "machine", "disclaimer", "copyright",
        "rights", "reserved", "cookies", "cookie", "privacy", "terms", "responsibility", "responsible", "views", "opinions", "endorse",
        "reproduction", "editor", "policy",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lowercase word tokens of a block (letters, digits, apostrophes and hyphens inside words).</summary>
    public static List<string> Words(string block)
    {
        var words = new List<string>();
        foreach (Match match in WordPattern().Matches(block))
        {
            words.Add(match.Value.ToLowerInvariant().Replace('’', '\''));
        }

        return words;
    }

    /// <summary>Words that carry content: 4+ letters and not function words; possessive "'s" dropped.</summary>
    public static IEnumerable<string> ContentWords(IEnumerable<string> words) =>
        words.Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
             .Where(w => w.Length >= 4 && !Stopwords.Contains(w) && !w.All(char.IsDigit));

    /// <summary>Share of words that address the reader or ask for an action.</summary>
    public static double AppealShare(List<string> words)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        var address = words.Count(ReaderAddress.Contains);
        var action = words.Count(ActionWords.Contains);

        // One action word alone ("countries share a border") is not an appeal.
        return address == 0 && action < 2 ? 0 : (double)(address + action) / words.Count;
    }

    /// <summary>True for a short line that addresses the reader and asks for an action ("Subscribe to our newsletter").</summary>
    public static bool IsAppealLine(string block)
    {
        if (block.Length > 300)
        {
            return false;
        }

        var words = Words(block);
        return words.Any(ReaderAddress.Contains) && words.Any(ActionWords.Contains);
    }

    /// <summary>
    /// The reason a block is a widget's label rather than text: an ad label ("Advertisement",
    /// "Anzeige"), a loading placeholder, or an unfilled template placeholder ("%d people like this").
    /// </summary>
    public static string? IsWidgetLabel(string block)
    {
        if (AdLabel().IsMatch(block))
        {
            return Storyline.Documents.RemovalReasons.Advertisement;
        }

        return LoadingLabel().IsMatch(block) || Placeholder().IsMatch(block) ? Storyline.Documents.RemovalReasons.Boilerplate : null;
    }

    /// <summary>How many disclaimer words a block holds.</summary>
    public static int DisclaimerHits(List<string> words) => words.Count(DisclaimerWords.Contains);

    /// <summary>True when the block ends like a sentence.</summary>
    public static bool EndsSentence(string block) =>
        block.Length > 0 && block.TrimEnd('"', '”', '’', '»', ')', ' ', '\u00a0') is { Length: > 0 } t && t[^1] is '.' or '!' or '?' or '…' or ':';

    /// <summary>True for a teaser cut short: "... New State..." as lists of other stories show them.</summary>
    public static bool IsTeaser(string block) => block.EndsWith("...", StringComparison.Ordinal) || block.EndsWith('…');

    /// <summary>True for a line pointing to another story: "Read also", "See more", "Also read", "Related:".</summary>
    public static bool IsReadAlso(string block) => ReadAlso().IsMatch(block);

    /// <summary>True for a salutation opening an appeal: "Dear readers,".</summary>
    public static bool IsSalutation(string block) => block.Length < 40 && Salutation().IsMatch(block);

    /// <summary>The first date a block names, or null.</summary>
    public static (DateTimeOffset? Date, int Length) FindDate(string block)
    {
        var match = DatePattern().Match(block);
        if (!match.Success)
        {
            return (null, 0);
        }

        var value = match.Value.Replace(",", " ", StringComparison.Ordinal).Replace(".", " ", StringComparison.Ordinal);
        value = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        string[] formats = ["d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy", "yyyy-MM-dd", "d M yyyy", "MMM yyyy", "MMMM yyyy"];
        var parsed = DateTimeOffset.TryParseExact(value.Replace("Sept", "Sep", StringComparison.Ordinal), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date);
        return (parsed ? date : null, match.Length);
    }

    /// <summary>A short block that is mostly a date ("Published October 7, 2021", "18 Jan, 2022", "Updated 17 Jan, 2022").</summary>
    public static bool IsDateLine(string block)
    {
        if (block.Length > 80)
        {
            return false;
        }

        var (_, length) = FindDate(block);
        if (length == 0)
        {
            return false;
        }

        // Times and numbers beside the date ("11:45", "| 2 comments") do not make it text.
        var rest = Words(DatePattern().Replace(block, " ")).Count(w => !w.All(char.IsDigit));
        return rest <= 4;
    }

    [GeneratedRegex(@"^\W*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklama|sponsored|promoted|ad)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLabel();

    [GeneratedRegex(@"(?:^|\W)(?:loading|wird geladen|chargement|cargando)\s*(?:\.\.\.|…)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoadingLabel();

    [GeneratedRegex(@"%[ds]\b|\{\{\s*\w+\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\W{0,3}(?:read|see|watch|listen)\s*(?:also|more|next)(?-i:(?!\p{Ll}))|^\W{0,3}also\s*read\b|^\W{0,3}related\s*(?:stories|articles|:)|^\W{0,3}more\s*(?:on|from|stories)\b|^\W{0,3}(?:lire aussi|lesen sie auch|mehr zum thema|leer también|lee también|leggi anche)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlso();

    [GeneratedRegex(@"^(?:dear|hello|hi|liebe|chers?|queridos?)\s+[\p{L} ]{2,25},?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b|\b\d{1,2}\.?\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?:\s+de)?\s+\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}

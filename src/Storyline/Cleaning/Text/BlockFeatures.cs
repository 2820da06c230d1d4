using System.Collections.Frozen;
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
        "vous", "votre", "vos", "nous", "notre", "nos", "unser", "unsere", "unseren", "unserem", "ihnen", "dich", "dein", "deine",
        "nuestro", "nuestra", "nuestros", "nuestras", "usted", "ustedes", "te", "tu", "vostro", "nostro", "nostra",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ActionWords = new[]
    {
        "subscribe", "subscription", "subscribers", "donate", "donation", "donations", "support", "newsletter", "sign", "signup",
        "login", "log", "register", "reply", "comment", "comments", "share", "follow", "click", "download", "advertisement", "ad-free",
        "ads", "contribution", "contribute", "membership", "remind", "email", "cancel", "monthly", "annual",
        "abonnez-vous", "abonnez", "abonner", "abonnement", "partager", "partagez", "soutenez", "soutenir", "inscrivez-vous", "commentaire",
        "commentaires", "connectez-vous", "abonnieren", "abonniert", "abo", "teilen", "unterstützen", "spenden", "anmelden", "registrieren",
        "kommentar", "kommentare", "suscríbete", "suscribirse", "suscripción", "boletín", "compartir", "comparte", "apoya", "comentarios",
        "regístrate", "abbonati", "condividi", "подписаться", "подпишитесь", "поделиться",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ShareWords = new[]
    {
        "share", "print", "comment", "tweet", "partager", "partagez", "imprimer", "commenter", "teilen", "drucken", "kommentieren",
        "compartir", "comparte", "imprimir", "comentar", "condividi", "stampa", "поделиться",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> DisclaimerWords = new[]
    {
        "translate", "translated", "translation", "automatically", "automatic", "programmatic", "machine", "disclaimer", "copyright",
        "rights", "reserved", "cookies", "cookie", "privacy", "terms", "responsibility", "responsible", "views", "opinions", "endorse",
        "reproduction", "editor", "policy", "traduit", "traduction", "automatiquement", "droits", "réservés", "responsabilité", "übersetzt",
        "maschinell", "übersetzung", "verantwortung", "rechte", "vorbehalten", "datenschutz", "impressum", "traducido", "traducción",
        "automáticamente", "derechos", "reservados", "responsabilidad", "privacidad", "aviso", "legal", "tradotto", "diritti", "riservati",
        "editorial", "redaktion", "rédaction", "redacción", "перевод", "переведено", "автоматически",
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

    /// <summary>
    /// Words that carry content: 4+ letters and not function words; possessive "'s" dropped; cut to
    /// six letters so inflections of one word (pompier/pompiers, Sturm/Sturms) count as one.
    /// </summary>
    public static IEnumerable<string> ContentWords(IEnumerable<string> words) =>
        words.Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
             .Where(w => w.Length >= 4 && !Stopwords.Contains(w) && !w.All(char.IsDigit))
             .Select(w => w.Length > 6 ? w[..6] : w);

    /// <summary>Share of words that address the reader or ask for an action.</summary>
    public static double AppealShare(List<string> words)
    {
        if (words.Count == 0)
        {
            return 0;
        }

        var address = words.Count(ReaderAddress.Contains);
        var action = words.Count(ActionWords.Contains);

        // One action word alone ("countries share a border") is not an appeal, nor one "we" in a
        // longer line with no action ("Ferry crash: what we know").
        return (address == 0 && action < 2) || (address == 1 && action == 0 && words.Count > 6) ? 0 : (double)(address + action) / words.Count;
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

    /// <summary>A short line that only offers to share, print or comment ("Share this story", "Artikel teilen", "Comparte esta noticia").</summary>
    public static bool IsShareLine(string block, List<string> words) =>
        words.Count <= 4 && words.Any(ShareWords.Contains) && !EndsSentence(block);

    /// <summary>
    /// A header over a list of other stories, standing alone on its line: "Related coverage",
    /// "More local news", "You may also like", "Mehr zum Thema", "Más noticias", "Sur le même sujet".
    /// </summary>
    public static bool IsRelatedHeader(string block) => block.Length <= 50 && RelatedHeader().IsMatch(block);

    /// <summary>True for a salutation opening an appeal: "Dear readers,".</summary>
    public static bool IsSalutation(string block) => block.Length < 40 && Salutation().IsMatch(block);

    [GeneratedRegex(@"^\W*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|pubblicità|reklama|sponsored|promoted|ad)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLabel();

    [GeneratedRegex(@"(?:^|\W)(?:loading|wird geladen|chargement|cargando)\s*(?:\.\.\.|…)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoadingLabel();

    [GeneratedRegex(@"%[ds]\b|\{\{\s*\w+\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\W{0,3}(?:read|see|watch|listen)\s*(?:also|more|next)(?-i:(?!\p{Ll}))|^\W{0,3}also\s*read\b|^\W{0,3}related\s*(?:stories|articles|:)|^\W{0,3}more\s*(?:on|from|stories)\b|^\W{0,3}(?:lire aussi|lesen sie auch|mehr zum thema|leer también|lee también|leggi anche|читайте также|смотрите также|по теме)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlso();

    [GeneratedRegex(@"^\W{0,3}(?:related\s+(?:stories|articles|coverage|content|news|posts|links)|more\s+(?:\p{L}+\s+)?(?:news|stories|articles|headlines)|more\s+from\s+.{1,30}|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed|shared)|top\s+stories|latest\s+(?:news|stories)|mehr\s+zum\s+thema|weitere\s+(?:artikel|nachrichten|meldungen)|das\s+könnte\s+sie\s+auch\s+interessieren|meistgelesen|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|dans\s+la\s+même\s+rubrique|à\s+lire\s+également|plus\s+d'actualités|más\s+noticias|noticias\s+relacionadas|lo\s+más\s+leído|(?:también\s+)?te\s+puede\s+interesar|leggi\s+anche|altre\s+notizie|читайте\s+также)\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedHeader();

    [GeneratedRegex(@"^(?:dear|hello|hi|liebe|chers?|queridos?)\s+[\p{L} ]{2,25},?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Salutation();

}

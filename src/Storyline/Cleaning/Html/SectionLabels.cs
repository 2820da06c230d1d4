using System.Text.RegularExpressions;
using Storyline.Documents;

namespace Storyline.Cleaning.Html;

/// <summary>
/// Short lines that label a page section rather than say anything: "Related posts", "Ähnliche
/// Beiträge", "Weitere Informationen", "Kontakt:", "Quelle: dpa". Pages put them between the body's
/// paragraphs as plain text, where neither link density nor markup names give them away, so the
/// line's own words decide: a small multilingual cue list (English, German, French, Spanish,
/// Portuguese, Italian, Polish, Dutch), matched against the whole line so that a sentence that
/// merely contains "contact" is never a label.
/// </summary>
internal static partial class SectionLabels
{
    private const int MaximumLength = 60;

    /// <summary>The removal reason when <paramref name="text"/> is a section label, else null.</summary>
    public static string? Reason(string text)
    {
        if (text.Length > MaximumLength + 20)
        {
            return null;
        }

        var line = text.Trim().TrimStart('•', '-', '–', '—', '»', '>', '*', '#', ' ').TrimEnd(':', '?', '!', '.', '…', ' ', '»', '>', '→');
        if (line.Length == 0 || line.Length > MaximumLength)
        {
            return SourceLine().IsMatch(text) ? RemovalReasons.Credit : null;
        }

        if (RelatedLabel().IsMatch(line))
        {
            return RemovalReasons.RelatedStories;
        }

        if (InfoLabel().IsMatch(line))
        {
            return RemovalReasons.Boilerplate;
        }

        return SourceLine().IsMatch(text) ? RemovalReasons.Credit : null;
    }

    /// <summary>True for a label that heads a list of other stories (what follows it is not the article either).</summary>
    public static bool IsRelated(string? reason) => reason == RemovalReasons.RelatedStories;

    [GeneratedRegex(
        @"^(?:related(?:\s+(?:posts?|articles?|stories|content|links|topics|news|reading))?|see\s+also|(?:read|see)\s+(?:also|more|next)|also\s+read|(?:you\s+(?:may|might)\s+also\s+like)|more\s+(?:on\s+this(?:\s+topic)?|stories|news|articles|posts|from\s+\p{L}+(?:\s+\p{L}+)?)|recommended(?:\s+(?:for\s+you|reading|articles))?|popular\s+(?:posts|articles|stories)|latest\s+(?:news|posts|articles|stories)|top\s+stories|trending(?:\s+now)?|don'?t\s+miss|further\s+reading"
        + @"|ähnliche\s+(?:beiträge|artikel|themen|rezepte|produkte|nachrichten)|verwandte\s+(?:beiträge|artikel|themen)|(?:das(?:\s+thema)?\s+)?(?:könnte|dürfte)\s+(?:dich|sie|euch)\s+auch\s+interessieren|entdecke(?:n\s+sie)?\s+weitere\s+\p{L}+|noch\s+mehr\s+\p{L}+(?:\s+für\s+dich)?|(?:auch|ebenfalls)\s+interessant|schon\s+gelesen|(?:lesen\s+sie|lies)\s+auch|weiterlesen|mehr\s+(?:zum\s+thema|themen|dazu|artikel|news|nachrichten|zu\s+diesem\s+thema|\p{L}+\s+auf\s+\p{L}+)|weitere\s+(?:beiträge|artikel|themen|news|nachrichten|meldungen|tipps|rezepte|\p{L}*tipps)|aktuelle\s+(?:news|nachrichten|beiträge|artikel)|top[\s-]themen(?:\s+der\s+redaktion)?|meistgelesen(?:e\s+artikel)?|neueste\s+beiträge|beliebte\s+beiträge|passend\s+(?:dazu|zum\s+thema)"
        + @"|(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi|sur\s+le\s+même\s+sujet|articles\s+(?:similaires|liés|connexes)|dans\s+la\s+même\s+rubrique|les\s+plus\s+lus"
        + @"|(?:lee|leer|lea)\s+también|ver\s+también|(?:también\s+)?(?:te|le)\s+puede\s+interesar|(?:noticias|artículos)\s+relacionad[oa]s|más\s+noticias|lo\s+más\s+leído|(?:veja|leia)\s+também|(?:notícias|artigos|matérias)\s+relacionad[oa]s|leggi\s+anche|articoli\s+correlati|potrebbe\s+interessarti"
        + @"|(?:zobacz|czytaj)\s+(?:też|także|również|więcej)|polecamy|podobne\s+artykuły|lees\s+ook|gerelateerde\s+artikelen|meer\s+nieuws)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLabel();

    [GeneratedRegex(
        @"^(?:(?:more|further|additional)\s+information|contact(?:\s+(?:us|information|details))?|sources?|about\s+the\s+author|table\s+of\s+contents|share\s+(?:this(?:\s+(?:article|post|story))?|on)|leave\s+a\s+(?:comment|reply)"
        + @"|(?:weitere|mehr)\s+informationen|zusatzinformationen|kontakt|(?:ihre?\s+)?ansprechpartner(?:in)?(?:\s+zum\s+thema)?|quellen(?:angaben)?|über\s+(?:den\s+autor|die\s+autorin)|inhaltsverzeichnis|(?:artikel|beitrag)\s+teilen|kommentieren\s+sie|schlagworte|keine\s+kommentare|no\s+comments(?:\s+yet)?|\d+\s+(?:kommentare?|comments?|commentaires?|comentarios?)|beitragsbild|featured\s+image|all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|(?:alle\s+)?angaben\s+ohne\s+gewähr|externer\s+inhalt"
        + @"|plus\s+d'informations|sommaire|à\s+propos\s+de\s+l'auteur|más\s+información|contacto|fuentes|sobre\s+el\s+autor|mais\s+informações|contato|fontes|sobre\s+o\s+autor|contatti|fonti|spis\s+treści|źródła)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InfoLabel();

    // "Quelle: Landesregierung", "Source: Reuters", "Fuente: EFE": a short attribution line, not a sentence.
    [GeneratedRegex(@"^\W{0,2}(?:quellen?|source|sources|fuente|fonte|źródło|bildquelle|foto|fotos|photo|photos|bild)\s*:\s*[^.!?]{1,70}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SourceLine();
}

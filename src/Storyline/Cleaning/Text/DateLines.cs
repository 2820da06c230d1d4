using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Storyline.Cleaning.Text;

/// <summary>What a short head line says: its date, its author names, and which of the two comes first.</summary>
/// <param name="Date">The date the line names, or null.</param>
/// <param name="Byline">The author names, or null.</param>
/// <param name="BylineFirst">True when the line opens with the names ("Jane Doe | 3 May 2024").</param>
internal sealed record HeadLine(DateTimeOffset? Date, string? Byline, bool BylineFirst);

/// <summary>
/// Date lines and combined date/author lines of report heads, in the languages users feed
/// ("Published on 2025-08-13 by Desk", "Publié le 12 mars 2024 à 14h05", "Stand: 03.05.2024 14:12 Uhr",
/// "Publicado el 5 de junio de 2024", "Thursday, January 30, 2025 · By Jane Doe").
/// </summary>
internal static partial class DateLines
{
    // Month names and their usual abbreviations (en, de, fr, es, it, pt, nl, ru genitive) to month numbers.
    private static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static readonly Regex DatePattern = BuildDatePattern();

    // Words that accompany a date on a date line and say nothing else: "Published on", "Stand:", weekdays, time zones.
    private static readonly FrozenSet<string> DateCues = new[]
    {
        "published", "updated", "posted", "last", "modified", "created", "on", "at", "am", "pm", "a.m", "p.m", "gmt", "utc", "cet", "cest",
        "est", "edt", "bst", "msk", "ist", "time", "today", "yesterday", "date", "uhr", "stand", "veröffentlicht", "aktualisiert", "zuletzt",
        "erstellt", "um", "publié", "publie", "le", "mis", "à", "jour", "modifié", "publicado", "actualizado", "el", "a", "las", "la", "de",
        "pubblicato", "aggiornato", "alle", "il", "ore", "gepubliceerd", "bijgewerkt", "om", "опубликовано", "обновлено", "в",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì",
        "giovedì", "venerdì", "sabato", "domenica",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first date a block names, with where it stands; Date is null when none is found or it is not a calendar date.</summary>
    public static (DateTimeOffset? Date, int Index, int Length) FindDate(string block)
    {
        var match = DatePattern.Match(block);
        if (!match.Success)
        {
            return (null, 0, 0);
        }

        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture)
            : Months[match.Groups["mon"].Value.ToLowerInvariant().TrimEnd('.')];
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) : 1;
        var year = int.Parse(match.Groups["y"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        DateTimeOffset? date = month is >= 1 and <= 12 && year is >= 1900 and <= 2200 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero)
            : null;
        return (date, match.Index, match.Length);
    }

    /// <summary>
    /// Reads a head line that is a date line, a byline, or both; null when the line says more than that
    /// (more than four words beside the date, its cue words, times and author names).
    /// </summary>
    public static HeadLine? Parse(string block)
    {
        if (block.Length > 140)
        {
            return null;
        }

        var (date, index, length) = FindDate(block);
        if (length == 0)
        {
            return BylineText.IsByline(block) ? new HeadLine(null, BylineText.Strip(block), true) : null;
        }

        var before = block[..index];
        var rest = TimePattern().Replace(before + " \u0001 " + block[(index + length)..], " ");
        string? byline = null;
        var bylineFirst = false;
        var other = 0;
        var segments = Separator().Split(rest).Select(s => s.Trim(' ', ',', ';', ':', '.', '\u00a0')).Where(s => s.Length > 0).ToList();
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s].Replace("\u0001", string.Empty, StringComparison.Ordinal).Trim(' ', ',', ';', ':', '.');
            var by = ByWord().Match(segment);
            string? names = null;
            if (by.Success)
            {
                names = BylineText.Strip(segment[by.Index..]);
                segment = segment[..by.Index];
            }
            else if (segments.Count > 1 && NameShaped(segment))
            {
                names = segment;
                segment = string.Empty;
            }

            if (names is { Length: > 0 } && byline is null)
            {
                byline = names;
                bylineFirst = s == 0 && !segments[s].Contains('\u0001', StringComparison.Ordinal) && before.Trim().Length > 0;
            }

            other += BlockFeatures.Words(segment).Count(w => !w.All(char.IsDigit) && !DateCues.Contains(w.TrimEnd('.')));
        }

        return other <= 4 ? new HeadLine(date, byline, bylineFirst) : null;
    }

    /// <summary>Whether a line names a clock time ("11:22", "3.15 pm", "14h05").</summary>
    public static bool HasTime(string line) => TimePattern().IsMatch(line);

    /// <summary>Two to four capitalised words and nothing else: a name standing beside a date.</summary>
    private static bool NameShaped(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.'))
            && !words.Any(w => DateCues.Contains(w.ToLowerInvariant()));
    }

    private static FrozenDictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "janeiro", "januari", "января"],
            ["february", "feb", "februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "февраля"],
            ["march", "mar", "märz", "mär", "mars", "marzo", "março", "maart", "марта"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля"],
            ["may", "mai", "mayo", "maggio", "maio", "mei", "мая"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "junho", "июня"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "июля"],
            ["august", "aug", "août", "aout", "agosto", "augustus", "августа"],
            ["september", "sep", "sept", "septembre", "septiembre", "setembro", "settembre", "сентября"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "октября"],
            ["november", "nov", "novembre", "noviembre", "novembro", "ноября"],
            ["december", "dec", "dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre", "dezembro", "декабря"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < names.Length; m++)
        {
            foreach (var name in names[m])
            {
                map[name] = m + 1;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Regex BuildDatePattern()
    {
        var month = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var mon = $@"(?<mon>{month})\.?";
        var pattern = string.Join('|',
            $@"\b(?<d>\d{{1,2}})(?:\.|er|st|nd|rd|th)?\s+(?:de\s+)?{mon},?\s+(?:de\s+|del\s+)?(?<y>\d{{4}})\b",
            $@"\b{mon}\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y>\d{{4}})\b",
            @"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b",
            @"\b(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})\b",
            $@"\b{mon}\s+(?<y>\d{{4}})\b");
        // No timeout: a wall-clock limit threw on a loaded machine (a 140-character line took over a
        // second when the thread was starved), and a thrown timeout lost the whole document. The
        // pattern cannot backtrack catastrophically: its alternatives are sequences of single
        // quantified tokens with nothing nested.
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, Regex.InfiniteMatchTimeout);
    }

    [GeneratedRegex(@"\b\d{1,2}[:h.]\d{2}\b(?:\s*(?:[ap]\.?m\.?|uhr|h))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\s*(?:[|•·]|\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?:^|\s)(?i:by|von|par|por|door|av|af|di)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex ByWord();
}

using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>
/// Reads explicit calendar dates ("October 20", "20 October 2021", "Oct. 12", "in July", "in 1996")
/// from an article the Language stage gave no <see cref="DateMention"/>s, so the timeline still
/// works on sparse annotations. A day or month without a year takes the article's reference year,
/// else the year of the article's first full date; relative expressions ("on Monday") are left to
/// the Language stage.
/// </summary>
internal static partial class DateReader
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    private const string Month = "(?<month>Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";

    [GeneratedRegex("\\b" + Month + "\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex("\\b(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + Month + "\\b(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex("\\b(?i:in|since|until|by|from|of|during|early|late|mid-?)\\s+(?i:(?:early|late|mid-?)\\s*)?" + Month + "(?:\\s+(?<year>(?:19|20)\\d\\d))?\\b", RegexOptions.CultureInvariant)]
    private static partial Regex InMonth();

    [GeneratedRegex("\\b(?i:in|since|until|by|from|of|during)\\s+(?:the\\s+)?(?<year>(?:1[89]|20)\\d\\d)(?<decade>s)?\\b", RegexOptions.CultureInvariant)]
    private static partial Regex InYear();

    /// <summary>
    /// The year a story's undated days and months fall in: the year most of its articles give
    /// (their reference date, else their first full date), so one article's stray full date
    /// (a site notice) does not move its days to another year.
    /// </summary>
    public static int? StoryYear(IEnumerable<AnnotatedArticle> articles) => articles
        .Select(a => a.Annotations.ReferenceDate?.Year ?? FirstFullYear(a.Article.Text))
        .OfType<int>()
        .GroupBy(y => y)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key)
        .Select(g => (int?)g.Key)
        .FirstOrDefault();

    /// <summary>The dates of an article's text, in order of offset.</summary>
    public static List<DateMention> Read(AnnotatedArticle article, IReadOnlyList<Sentence> sentences, int? storyYear = null)
    {
        var text = article.Article.Text;
        var referenceYear = article.Annotations.ReferenceDate?.Year ?? storyYear ?? FirstFullYear(text);
        var found = new List<DateMention>();
        var taken = new bool[text.Length];
        foreach (var regex in new[] { MonthDay(), DayMonth(), InMonth(), InYear() })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i]) || ToMention(m, referenceYear, sentences) is not { } mention)
                {
                    continue;
                }

                found.Add(mention);
                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    taken[i] = true;
                }
            }
        }

        return [.. found.OrderBy(d => d.Start)];
    }

    private static DateMention? ToMention(Match m, int? referenceYear, IReadOnlyList<Sentence> sentences)
    {
        var year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : referenceYear;
        if (year is null)
        {
            return null;
        }

        DateOnly value;
        DatePrecision precision;
        if (!m.Groups["month"].Success)
        {
            var decade = m.Groups["decade"].Success;
            value = new DateOnly(decade ? year.Value / 10 * 10 : year.Value, 1, 1);
            precision = decade ? DatePrecision.Decade : DatePrecision.Year;
        }
        else
        {
            var month = MonthNumber(m.Groups["month"].Value);
            if (m.Groups["day"].Success)
            {
                var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
                if (day < 1 || day > DateTime.DaysInMonth(year.Value, month))
                {
                    return null;
                }

                value = new DateOnly(year.Value, month, day);
                precision = DatePrecision.Day;
            }
            else
            {
                value = new DateOnly(year.Value, month, 1);
                precision = DatePrecision.Month;
            }
        }

        var sentence = sentences.FirstOrDefault(s => m.Index >= s.Start && m.Index < s.End)?.Index ?? 0;
        return new DateMention(m.Index, m.Length, m.Value, value, null, precision, !m.Groups["year"].Success, sentence);
    }

    private static int MonthNumber(string written)
    {
        var prefix = written[..3];
        return Array.FindIndex(MonthNames, n => n.StartsWith(prefix, StringComparison.Ordinal)) + 1;
    }

    // The first full date outside a site notice: a notice ("Since July 1, 2024, we ...") says nothing of the story's year.
    private static int? FirstFullYear(string text)
    {
        var m = MonthDay().Matches(text).Concat(DayMonth().Matches(text))
            .Where(x => x.Groups["year"].Success)
            .OrderBy(x => x.Index)
            .FirstOrDefault(x => InProse(text, x.Index));
        return m is null ? null : int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
    }

    private static bool InProse(string text, int offset)
    {
        var start = text.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        var end = text.IndexOf('\n', offset);
        end = end < 0 ? text.Length : end;
        var (s, l) = SentenceSpans.Split(text, start, end).FirstOrDefault(x => offset >= x.Start && offset < x.Start + x.Length);
        if (l == 0)
        {
            return false;
        }

        return !ClauseReader.AddressesReader(text.Substring(s, l));
    }
}

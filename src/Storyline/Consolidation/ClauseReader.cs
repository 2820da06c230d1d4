using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Consolidation;

/// <summary>Reads the prose sentences of a story's articles into <see cref="Clause"/>s, leaving debris out.</summary>
internal static partial class ClauseReader
{
    // Bound the quadratic alignment: a book-length article, or a story of hundreds of reports, is read
    // up to a sentence budget shared among its articles (their leads carry the news).
    private const int MaxClausesPerArticle = 400;
    private const int MaxClausesPerStory = 6000;
    private const int MinClausesPerArticle = 15;

    // Openings of lines that are page furniture rather than reporting, in any outlet's template.
    private static readonly string[] DebrisOpenings =
    [
        "photo", "this photo", "image", "click", "read more", "read also", "read next", "advertisement", "subscribe", "sign up",
        "follow us", "follow @", "share this", "copyright", "©", "all rights reserved", "related:", "related stories",
        "watch:", "video:", "listen:", "getty", "ap photo", "this article", "email", "comments", "log in", "login",
        "skip to", "enjoying", "download", "caption", "file photo", "(photo", "[photo", "picture:",
    ];

    // Photo captions point at people in the picture; reporting does not.
    private static readonly string[] CaptionMarks = ["(left)", "(right)", "(center)", "(centre)", "(l)", "(r)", "(c)", "left)", "right)", "pictured"];

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "n't", "denied", "denies", "deny", "rejected", "rejects", "refused", "refuses", "false", "neither", "nor",
        "unaware", "unable", "failed", "fails", "without",
    };

    // The Language stage's month names: "5 October" is a date, not a count of five.
    private static bool IsMonth(string word) => Lexicon.Months.ContainsKey(word) || Lexicon.MonthAbbreviations.ContainsKey(word);

    /// <summary>Every prose sentence of the story, articles in story order.</summary>
    public static List<Clause> Read(Story story)
    {
        var clauses = new List<Clause>();
        var perArticle = Math.Clamp(MaxClausesPerStory / Math.Max(story.Articles.Length, 1), MinClausesPerArticle, MaxClausesPerArticle);
        var storyYear = DateReader.StoryYear(story.Articles);
        for (var a = 0; a < story.Articles.Length; a++)
        {
            var article = story.Articles[a];
            var ordinal = 0;
            var dates = article.Annotations.Dates.Length > 0 ? [.. article.Annotations.Dates] : DateReader.Read(article, article.Annotations.Sentences, storyYear);
            foreach (var (start, length) in Spans(article).Take(perArticle))
            {
                var text = article.Article.Text.Substring(start, length);
                var words = Terms.Words(text);
                if (!IsProse(text, words))
                {
                    continue;
                }

                var entities = article.Annotations.Mentions.Where(m => m.Start >= start && m.Start < start + length).ToList();
                var wordSet = words.ToHashSet(StringComparer.Ordinal);
                clauses.Add(new Clause
                {
                    Id = clauses.Count,
                    Article = article,
                    ArticleIndex = a,
                    Ordinal = ordinal++,
                    Start = start,
                    Length = length,
                    Text = text,
                    WordCount = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length,
                    Terms = Terms.Content(text),
                    Numbers = NumbersOf(article, start, start + length, words),
                    Dates = [.. dates.Where(d => d.Start >= start && d.Start < start + length)],
                    Entities = entities,
                    WordSet = wordSet,
                    WordsBesideNames = BesideNames(wordSet, entities),
                    Negated = IsNegated(words),
                    NegatedWords = NegatedWords(words),
                });
            }
        }

        return clauses;
    }

    /// <summary>
    /// The article's sentences; when the Language stage gave a whole paragraph per sentence (coarse),
    /// each is split again so the brief compares sentences, not paragraphs.
    /// </summary>
    internal static IEnumerable<(int Start, int Length)> Spans(AnnotatedArticle article)
    {
        var sentences = article.Annotations.Sentences;
        var text = article.Article.Text;
        var coarse = sentences.Length <= article.Article.Paragraphs.Length;
        foreach (var s in sentences)
        {
            if (s.Start < 0 || s.End > text.Length || s.Length == 0)
            {
                continue;
            }

            if (!coarse)
            {
                yield return (s.Start, s.Length);
                continue;
            }

            foreach (var span in SentenceSpans.Split(text, s.Start, s.End))
            {
                yield return span;
            }
        }
    }

    private static HashSet<string> BesideNames(HashSet<string> words, List<EntityMention> entities)
    {
        var names = entities.SelectMany(e => Terms.Words(e.Text)).ToHashSet(StringComparer.Ordinal);
        return words.Where(w => !names.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    // The first two content words after each negation: what the sentence denies, so a denial is
    // only set against a sentence that asserts those same things.
    private static List<string> NegatedWords(List<string> words)
    {
        var scope = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!Negations.Contains(words[i]) && !words[i].EndsWith("n't", StringComparison.Ordinal))
            {
                continue;
            }

            var taken = 0;
            for (var j = i + 1; j < words.Count && taken < 2; j++)
            {
                if (!Terms.IsStopword(words[j]) && char.IsLetterOrDigit(words[j][0]))
                {
                    scope.Add(words[j]);
                    taken++;
                }
            }
        }

        return scope;
    }

    // "not only ... but" adds rather than negates.
    private static bool IsNegated(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if ((Negations.Contains(words[i]) || words[i].EndsWith("n't", StringComparison.Ordinal))
                && !(words[i] == "not" && i + 1 < words.Count && words[i + 1] == "only"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a sentence of reporting rather than page debris (menus, credits, calls to action).</summary>
    internal static bool IsProse(string text, IReadOnlyList<string> words)
    {
        if (words.Count < 5 || words.Count > 90 || !text.Any(char.IsLower) || AddressesReader(text))
        {
            return false;
        }

        var lower = text.TrimStart('-', '–', '—', '•', '*', ' ', '|').ToLowerInvariant();
        if (DebrisOpenings.Any(d => lower.StartsWith(d, StringComparison.Ordinal))
            || lower.Contains("http", StringComparison.Ordinal) || lower.Contains("www.", StringComparison.Ordinal)
            || lower.Contains(".com/", StringComparison.Ordinal)
            || CaptionMarks.Any(m => lower.Contains(m, StringComparison.Ordinal)))
        {
            return false;
        }

        // Title Case runs are headlines and menus, not sentences.
        var capitalised = 0;
        var long_ = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Length > 3 && char.IsLetter(token[0]))
            {
                long_++;
                capitalised += char.IsUpper(token[0]) ? 1 : 0;
            }
        }

        return long_ == 0 || capitalised < 0.7 * long_;
    }

    // An outlet speaking to its reader ("your support", "we have disabled ads") outside quotation marks is page furniture, not reporting.
    // Case matters: "US" is a country.
    internal static bool AddressesReader(string text) =>
        text.IndexOfAny(['"', '“', '”']) < 0 && ReaderAddress().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReaderAddress();

    private static List<ClaimNumber> NumbersOf(AnnotatedArticle article, int start, int end, List<string> words)
    {
        if (article.Annotations.Numbers.Length > 0)
        {
            return [.. article.Annotations.Numbers
                .Where(n => n.Start >= start && n.Start < end)
                .Select(n => new ClaimNumber(n.Value, n.Noun is null ? null : Terms.Stem(n.Noun), n.Text, n.Qualifier == NumberQualifier.Approximate))];
        }

        // A day of the month ("12 October") is a date and "20th" an ordinal, not counts.
        return [.. NumberReader.Quantities(words).Where(q => q.Next is null || !(IsMonth(q.Next) || q.Next is "th" or "st" or "nd" or "rd")).Select(q => new ClaimNumber(
            q.Value,
            q.Next is { } next && char.IsLetter(next[0]) && !Terms.IsStopword(next) ? Terms.Stem(next) : null,
            q.Value.ToString("#,0.###", System.Globalization.CultureInfo.InvariantCulture)))];
    }
}

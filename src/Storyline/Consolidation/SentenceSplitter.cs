namespace Storyline.Consolidation;

/// <summary>
/// Splits a span of text into sentences. Used only when the Language stage's sentences are coarse
/// (a whole paragraph per sentence), so the brief still works on sentences.
/// </summary>
internal static class SentenceSplitter
{
    // Words after which a period does not end a sentence: titles, initials' companions, months, "No.".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "st",
        "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "approx",
    };

    /// <summary>Sentence spans (start, length) of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, trimmed.</summary>
    public static List<(int Start, int Length)> Split(string text, int start, int end)
    {
        var spans = new List<(int, int)>();
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '"' or '\'' or '”' or '’' or ')' or '»' or '.' or '!' or '?')
            {
                j++;
            }

            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }

            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k >= end)
            {
                break;
            }

            var next = text[k];
            var opensSentence = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '‘' or '\'' or '(' or '–' or '—';
            if (!opensSentence || (c == '.' && IsAbbreviation(text, sentenceStart, i)))
            {
                continue;
            }

            Add(spans, text, sentenceStart, j);
            sentenceStart = k;
            i = k - 1;
        }

        Add(spans, text, sentenceStart, end);
        return spans;
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var w = period;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text[w..period];
        // A single capital is an initial ("John F. Kennedy"); after a number or a bracket the period ends the sentence.
        return word.Length > 0 && ((word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word));
    }

    private static void Add(List<(int, int)> spans, string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            spans.Add((from, to - from));
        }
    }
}

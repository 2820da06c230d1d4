using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Storyline.Consolidation;

/// <summary>
/// Turns a sentence into comparable terms: lowercase stems of content words, with every quantity
/// ("two million", "2 million", "2,000,000") folded into one token of its value so sentences that
/// write numbers differently still match.
/// </summary>
internal static partial class Terms
{
    /// <summary>Prefix of a term that stands for a number; never collides with a word stem.</summary>
    public const string NumberPrefix = "#";

    [ThreadStatic]
    private static EnglishStemmer? stemmer;

    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>Lowercase word and digit tokens in order.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match m in WordPattern().Matches(text))
        {
            words.Add(m.Value.ToLowerInvariant().Replace('’', '\''));
        }

        return words;
    }

    /// <summary>Content terms of a text: stems without stopwords, numbers as their value.</summary>
    public static List<string> Content(string text)
    {
        var terms = new List<string>();
        foreach (var token in NumberReader.Fold(Words(text)))
        {
            if (token.StartsWith(NumberPrefix, StringComparison.Ordinal))
            {
                terms.Add(token);
            }
            else if (!Stopwords.Contains(token) && token.Length > 1)
            {
                terms.Add(Stem(token));
            }
        }

        return terms;
    }

    /// <summary>The Snowball English stem of a lowercase word.</summary>
    public static string Stem(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        var s = stemmer ??= new EnglishStemmer();
        s.SetCurrent(word);
        s.Stem();
        return s.Current;
    }

    /// <summary>True for words that carry no content of their own.</summary>
    public static bool IsStopword(string lowercaseWord) => Stopwords.Contains(lowercaseWord);

    /// <summary>Formats a number term.</summary>
    public static string NumberTerm(double value) => NumberPrefix + value.ToString("R", CultureInfo.InvariantCulture);

    // Function words and the reporting verbs every news sentence carries; both say nothing about which fact it states.
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into", "onto", "upon", "about", "as", "than", "then", "that", "this", "these", "those", "there",
        "here", "it", "its", "it's", "he", "she", "they", "them", "their", "theirs", "his", "her", "hers", "him",
        "we", "us", "our", "you", "your", "i", "me", "my", "mine", "who", "whom", "whose", "which", "what", "when",
        "where", "why", "how", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
        "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "not", "no", "also", "just", "only", "very", "too", "more", "most", "much", "many", "some", "any",
        "all", "both", "each", "other", "such", "own", "same", "if", "because", "while", "during", "after",
        "before", "since", "until", "over", "under", "again", "further", "once", "out", "up", "down", "off",
        "said", "says", "say", "told", "according", "mr", "mrs", "ms", "dr", "one's", "s", "t", "n't", "don't",
        "did't", "isn't", "wasn't", "via", "per", "whether", "though", "although", "however", "even", "still",
        "like", "new", "year", "years", "week", "day", "time",
    };
}

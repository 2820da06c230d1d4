using System.Text;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Snowball = Lucene.Net.Tartarus.Snowball.Ext;

namespace Storyline.Clustering;

/// <summary>A word of a text as written, with where it stands.</summary>
/// <param name="Text">The word.</param>
/// <param name="SentenceStart">True when it opens a sentence or paragraph (its capital says nothing).</param>
internal readonly record struct TextWord(string Text, bool SentenceStart);

/// <summary>
/// Word splitting, stop words, stemming and transliteration for story features. An instance reads one language:
/// its Snowball stemmer and its function words (Lucene's list for the language, besides ours), so a stream of German
/// or Spanish reports is compared on its content words, as an English one is, rather than on the articles and
/// prepositions every report of the language shares. English, and any language without a stemmer here, is read as English.
/// </summary>
internal sealed class TextWords
{
    private readonly SnowballProgram stemmer;
    private readonly CharArraySet? functionWords;
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);

    private TextWords(SnowballProgram stemmer, CharArraySet? functionWords)
    {
        this.stemmer = stemmer;
        this.functionWords = functionWords;
    }

    /// <summary>Languages read with a stemmer and function words of their own (ISO 639-1).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "de", "fr", "es", "it", "pt", "nl", "ru"];

    /// <summary>
    /// The code of the reader for a language as identified or declared: one of <see cref="Languages"/>, a declared region or
    /// case aside ("de-AT", "DE" are "de"); "en" for "und", null and every other language.
    /// </summary>
    public static string Code(string? language)
    {
        if (language is not { Length: >= 2 } || (language.Length > 2 && language[2] is not ('-' or '_')))
        {
            return "en";
        }

        return Languages.FirstOrDefault(code => language.StartsWith(code, StringComparison.OrdinalIgnoreCase)) ?? "en";
    }

    /// <summary>The reader of a language (ISO 639-1); English for "und", null and the languages not in <see cref="Languages"/>.</summary>
    public static TextWords For(string? language) => language switch
    {
        "de" => new(new Snowball.GermanStemmer(), GermanAnalyzer.DefaultStopSet),
        "fr" => new(new Snowball.FrenchStemmer(), FrenchAnalyzer.DefaultStopSet),
        "es" => new(new Snowball.SpanishStemmer(), SpanishAnalyzer.DefaultStopSet),
        "it" => new(new Snowball.ItalianStemmer(), ItalianAnalyzer.DefaultStopSet),
        "pt" => new(new Snowball.PortugueseStemmer(), PortugueseAnalyzer.DefaultStopSet),
        "nl" => new(new Snowball.DutchStemmer(), DutchAnalyzer.DefaultStopSet),
        "ru" => new(new Snowball.RussianStemmer(), RussianAnalyzer.DefaultStopSet),
        _ => new(new Snowball.EnglishStemmer(), null),
    };

    /// <summary>True for a lower-case word that carries no content in this language (or in English, which quotes and names mix in).</summary>
    public bool IsFunctionWord(string lower) => IsStopWord(lower) || (functionWords?.Contains(lower) ?? false);

    /// <summary>Words of a text: runs of letters and digits ("2,000" kept whole), at most <paramref name="max"/>.</summary>
    public static List<TextWord> Split(string text, int max)
    {
        var words = new List<TextWord>(Math.Min(max, (text.Length / 6) + 1));
        var sentenceStart = true;
        var builder = new StringBuilder(24);
        var i = 0;
        while (i < text.Length && words.Count < max)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':' or '"' or '“' or '—' or '•' or '|')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            builder.Clear();
            while (i < text.Length)
            {
                c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(c);
                }
                else if (!(c is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1])))
                {
                    break;
                }
                else if (c == '.')
                {
                    builder.Append(c);
                }

                i++;
            }

            words.Add(new TextWord(builder.ToString(), sentenceStart));
            sentenceStart = false;
        }

        return words;
    }

    /// <summary>The stem of a lower-case word; cached, since a stream repeats its vocabulary.</summary>
    public string Stem(string lower)
    {
        if (stems.TryGetValue(lower, out var stem))
        {
            return stem;
        }

        if (stems.Count > 200_000)
        {
            stems.Clear(); // bounded memory on an endless stream; the cache refills with what is current
        }

        stemmer.SetCurrent(lower);
        stemmer.Stem();
        stem = stemmer.Current;
        stems[lower] = stem;
        return stem;
    }

    /// <summary>A name folded so two scripts meet: lower case, Cyrillic and Greek letters spelled in Latin, diacritics dropped.</summary>
    public static string FoldName(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        foreach (var raw in name.Normalize(NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(raw) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            if (Transliteration.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static bool IsStopWord(string lower) => StopWords.Contains(lower);

    private static readonly Dictionary<char, string> Transliteration = BuildTransliteration();

    private static Dictionary<char, string> BuildTransliteration()
    {
        // Russian/Ukrainian Cyrillic and Greek to the spelling English news uses for names.
        const string cyrillic = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ";
        string[] latinCyrillic =
        [
            "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g",
        ];
        const string greek = "αβγδεζηθικλμνξοπρσςτυφχψω";
        string[] latinGreek = ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"];
        var map = new Dictionary<char, string>();
        for (var i = 0; i < cyrillic.Length; i++)
        {
            map[cyrillic[i]] = latinCyrillic[i];
        }

        for (var i = 0; i < greek.Length; i++)
        {
            map[greek[i]] = latinGreek[i];
        }

        return map;
    }

    private static readonly HashSet<string> StopWords = new(
        """
        a about above after again against all almost also although am among an and another any are around as at
        back be became because been before being below between both but by can could did do does doing done down
        during each either else even ever every few for from further had has have having he her here hers herself
        him himself his how however i if in into is it its itself just last least less like many may me might more
        most much must my myself near neither never new next no nor not now of off often on once one only onto or
        other others our ours ourselves out over own per perhaps rather same says said say saying see seen several
        shall she should since so some still such than that the their theirs them themselves then there these they
        this those though through thus to too toward towards under until up upon us very via was we were what when
        where whether which while who whom whose why will with within without would yet you your yours yourself
        told tell according year years day days week weeks month months time times today yesterday tomorrow
        monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr s t re ve ll d m first two three
        get got go going make made take took way well back people thing things want wanted know knew think told
        image photo photos video copyright reserved rights advertisement read click share email subscribe
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);
}

using System.Text.RegularExpressions;

namespace Storyline.Bench.Consolidation;

/// <summary>
/// The Porter (1980) stemmer in the form ROUGE-1.5.5 runs it (the revised rules with "bli" and
/// "logi"; words under three letters untouched; an initial y treated as a consonant), written from
/// the published algorithm so our ROUGE stems as the reference scorer does.
/// </summary>
internal static class PorterStemmer
{
    private const string Cons = "[^aeiou]";
    private const string Vow = "[aeiouy]";
    private const string ConsSeq = Cons + "[^aeiouy]*";
    private const string VowSeq = Vow + "[aeiou]*";

    private static readonly Regex MeasureAbove0 = new("^(" + ConsSeq + ")?" + VowSeq + ConsSeq, RegexOptions.CultureInvariant);
    private static readonly Regex MeasureIs1 = new("^(" + ConsSeq + ")?" + VowSeq + ConsSeq + "(" + VowSeq + ")?$", RegexOptions.CultureInvariant);
    private static readonly Regex MeasureAbove1 = new("^(" + ConsSeq + ")?" + VowSeq + ConsSeq + VowSeq + ConsSeq, RegexOptions.CultureInvariant);
    private static readonly Regex HasVowel = new("^(" + ConsSeq + ")?" + Vow, RegexOptions.CultureInvariant);
    private static readonly Regex Cvc = new("^" + ConsSeq + Vow + "[^aeiouwxy]$", RegexOptions.CultureInvariant);

    private static readonly Regex Step1aSses = new("(ss|i)es$", RegexOptions.CultureInvariant);
    private static readonly Regex Step1aS = new("([^s])s$", RegexOptions.CultureInvariant);
    private static readonly Regex Step1bEed = new("eed$", RegexOptions.CultureInvariant);
    private static readonly Regex Step1bEdIng = new("(ed|ing)$", RegexOptions.CultureInvariant);
    private static readonly Regex Step1bFix = new("(at|bl|iz)$", RegexOptions.CultureInvariant);
    private static readonly Regex DoubleCons = new("([^aeiouylsz])\\1$", RegexOptions.CultureInvariant);
    private static readonly Regex Step2 = new("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$", RegexOptions.CultureInvariant);
    private static readonly Regex Step3 = new("(icate|ative|alize|iciti|ical|ful|ness)$", RegexOptions.CultureInvariant);
    private static readonly Regex Step4 = new("(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$", RegexOptions.CultureInvariant);
    private static readonly Regex Step4Ion = new("(s|t)(ion)$", RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, string> Step2Map = new(StringComparer.Ordinal)
    {
        ["ational"] = "ate", ["tional"] = "tion", ["enci"] = "ence", ["anci"] = "ance", ["izer"] = "ize", ["bli"] = "ble",
        ["alli"] = "al", ["entli"] = "ent", ["eli"] = "e", ["ousli"] = "ous", ["ization"] = "ize", ["ation"] = "ate",
        ["ator"] = "ate", ["alism"] = "al", ["iveness"] = "ive", ["fulness"] = "ful", ["ousness"] = "ous", ["aliti"] = "al",
        ["iviti"] = "ive", ["biliti"] = "ble", ["logi"] = "log",
    };

    private static readonly Dictionary<string, string> Step3Map = new(StringComparer.Ordinal)
    {
        ["icate"] = "ic", ["ative"] = "", ["alize"] = "al", ["iciti"] = "ic", ["ical"] = "ic", ["ful"] = "", ["ness"] = "",
    };

    /// <summary>The stem of a lowercase word.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        var initialY = word[0] == 'y';
        var w = initialY ? "Y" + word[1..] : word;

        if (Step1aSses.Match(w) is { Success: true } m1)
        {
            w = w[..m1.Index] + m1.Groups[1].Value;
        }
        else if (Step1aS.Match(w) is { Success: true } m2)
        {
            w = w[..m2.Index] + m2.Groups[1].Value;
        }

        if (Step1bEed.Match(w) is { Success: true } m3)
        {
            if (MeasureAbove0.IsMatch(w[..m3.Index]))
            {
                w = w[..^1];
            }
        }
        else if (Step1bEdIng.Match(w) is { Success: true } m4)
        {
            var stem = w[..m4.Index];
            if (HasVowel.IsMatch(stem))
            {
                w = stem;
                if (Step1bFix.IsMatch(w))
                {
                    w += "e";
                }
                else if (DoubleCons.IsMatch(w))
                {
                    w = w[..^1];
                }
                else if (Cvc.IsMatch(w))
                {
                    w += "e";
                }
            }
        }

        if (w.EndsWith('y') && HasVowel.IsMatch(w[..^1]))
        {
            w = w[..^1] + "i";
        }

        if (Step2.Match(w) is { Success: true } m5 && MeasureAbove0.IsMatch(w[..m5.Index]))
        {
            w = w[..m5.Index] + Step2Map[m5.Groups[1].Value];
        }

        if (Step3.Match(w) is { Success: true } m6 && MeasureAbove0.IsMatch(w[..m6.Index]))
        {
            w = w[..m6.Index] + Step3Map[m6.Groups[1].Value];
        }

        if (Step4.Match(w) is { Success: true } m7)
        {
            if (MeasureAbove1.IsMatch(w[..m7.Index]))
            {
                w = w[..m7.Index];
            }
        }
        else if (Step4Ion.Match(w) is { Success: true } m8)
        {
            var stem = w[..m8.Index] + m8.Groups[1].Value;
            if (MeasureAbove1.IsMatch(stem))
            {
                w = stem;
            }
        }

        if (w.EndsWith('e'))
        {
            var stem = w[..^1];
            if (MeasureAbove1.IsMatch(stem) || (MeasureIs1.IsMatch(stem) && !Cvc.IsMatch(stem)))
            {
                w = stem;
            }
        }

        if (w.EndsWith("ll", StringComparison.Ordinal) && MeasureAbove1.IsMatch(w))
        {
            w = w[..^1];
        }

        return initialY ? "y" + w[1..] : w;
    }
}

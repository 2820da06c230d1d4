using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>
/// Identifies a text's language from its script, then (for Latin script) from profiles the project
/// wrote: frequent function words and characteristic letter sequences of en, fr, de, es, it, pt, nl.
/// Returns "und" when the evidence is too thin. Reads at most the first 2,000 characters.
/// </summary>
public static class LanguageIdentifier
{
    private const int SampleLength = 2000;

    private static readonly string[] Codes = ["en", "fr", "de", "es", "it", "pt", "nl"];

    private static readonly string[] Words =
    [
        "the of and to in is that for it was on with as at by from his he said have are were be has this which but not will would been their they who its an",
        "le la les des du et est une un que qui dans pour pas sur au aux avec ce cette sont par il elle ont été mais ou plus leur nous selon",
        "der die das und ist nicht ein eine den dem des mit sich auf für von zu im auch wird werden sind hat dass bei nach aus oder wie",
        "el la los las del y que en un una por con para es se no al lo como más pero sus su fue ha según también entre",
        "il la le gli di che e è un una per non con del della dei delle nel nella sono ha anche come più ma alla al da",
        "o a os as do da dos das de e que em um uma para com não por se na no mais como mas foi ao pelo pela são também",
        "de het een en van is dat op te in voor niet met zijn die aan er ook als bij door maar om hij wordt werd naar",
    ];

    private static readonly string[][] Grams =
    [
        ["th", "ing", "wh", "ght", "ould"],
        ["eau", "aux", "qu'", "è", "ê", "ç", "oi", "ent"],
        ["sch", "ß", "ä", "ü", "ö", "ung", "ich", "ei"],
        ["ñ", "ción", "ó", "í", "á", "ue"],
        ["zione", "gli", "cch", "zz", "ò", "ì", "à"],
        ["ção", "ã", "õ", "nh", "lh", "ê"],
        ["ij", "aa", "oe", "ee", "sch"],
    ];

    /// <summary>Each profile word and the bit mask of the languages it belongs to.</summary>
    private static readonly FrozenDictionary<string, int> WordLanguages = BuildWordLanguages();

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordLookup = WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int> BuildWordLanguages()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < Words.Length; p++)
        {
            foreach (var w in Words[p].Split(' '))
            {
                map[w] = map.GetValueOrDefault(w) | (1 << p);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The ISO 639-1 code of <paramref name="text"/>'s language, or "und".</summary>
    public static string Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        int latin = 0, cyrillic = 0, arabic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0, devanagari = 0, ukrainian = 0, persian = 0;
        foreach (var c in sample)
        {
            if (c < 'A')
            {
                continue;
            }

            if (c <= '\u024F')
            {
                latin += char.IsLetter(c) ? 1 : 0;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                ukrainian += c is '\u0456' or '\u0457' or '\u0454' or '\u0491' ? 1 : 0;
            }
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
                persian += c is '\u067E' or '\u0686' or '\u0698' or '\u06AF' ? 1 : 0;
            }
            else if (c is >= '\u0370' and <= '\u03FF')
            {
                greek++;
            }
            else if (c is >= '\u0590' and <= '\u05FF')
            {
                hebrew++;
            }
            else if (c is >= '\u0900' and <= '\u097F')
            {
                devanagari++;
            }
            else if (c is >= '\u3040' and <= '\u30FF')
            {
                kana++;
            }
            else if (c is >= '\uAC00' and <= '\uD7AF')
            {
                hangul++;
            }
            else if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
            }
        }

        var scripts = new (string Code, int Count)[]
        {
            ("latin", latin), (ukrainian * 50 > cyrillic && ukrainian > 2 ? "uk" : "ru", cyrillic), (persian * 30 > arabic && persian > 2 ? "fa" : "ar", arabic),
            ("zh", han), ("ja", kana * 3), ("ko", hangul), ("el", greek), ("he", hebrew), ("hi", devanagari),
        };
        var top = scripts.MaxBy(s => s.Count);
        if (top.Count < 20)
        {
            return "und";
        }

        if (top.Code != "latin")
        {
            return top.Code == "zh" && kana > 0 ? "ja" : top.Code;
        }

        return LatinLanguage(sample);
    }

    private static string LatinLanguage(ReadOnlySpan<char> sample)
    {
        Span<double> scores = stackalloc double[Codes.Length];
        Span<char> lower = sample.Length <= 4096 ? stackalloc char[sample.Length] : new char[sample.Length];
        sample.ToLowerInvariant(lower);
        var words = 0;
        var i = 0;
        while (i < lower.Length)
        {
            while (i < lower.Length && !char.IsLetter(lower[i]))
            {
                i++;
            }

            var start = i;
            while (i < lower.Length && (char.IsLetter(lower[i]) || lower[i] == '\''))
            {
                i++;
            }

            if (i == start)
            {
                continue;
            }

            words++;
            if (WordLookup.TryGetValue(lower[start..i], out var mask))
            {
                for (var p = 0; p < Codes.Length; p++)
                {
                    if ((mask & (1 << p)) != 0)
                    {
                        scores[p] += 1;
                    }
                }
            }
        }

        for (var p = 0; p < Codes.Length; p++)
        {
            foreach (var g in Grams[p])
            {
                scores[p] += 0.3 * Math.Min(Count(lower, g), 20);
            }
        }

        var best = 0;
        for (var p = 1; p < Codes.Length; p++)
        {
            if (scores[p] > scores[best])
            {
                best = p;
            }
        }

        return words < 3 || scores[best] < 2 ? "und" : Codes[best];
    }

    private static int Count(ReadOnlySpan<char> text, string gram)
    {
        var n = 0;
        var i = 0;
        int found;
        while ((found = text[i..].IndexOf(gram, StringComparison.Ordinal)) >= 0)
        {
            n++;
            i += found + gram.Length;
        }

        return n;
    }
}

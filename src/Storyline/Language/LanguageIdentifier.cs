using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>
/// Identifies a text's language from its script, then (for Latin script) from profiles the project
/// wrote: frequent function words and characteristic letter sequences of en, fr, de, es, it, pt, nl.
/// Returns "und" when the evidence is too thin.
/// </summary>
public static class LanguageIdentifier
{
    private sealed record Profile(string Code, FrozenSet<string> Words, string[] Grams);

    private static readonly Profile[] Profiles =
    [
        P("en", "the of and to in is that for it was on with as at by from his he said have are were be has this which but not will would been their they who its an", "th ing wh ght ould"),
        P("fr", "le la les des du et est une un que qui dans pour pas sur au aux avec ce cette sont par il elle ont été mais ou plus leur nous selon", "eau aux qu' è ê ç oi ent"),
        P("de", "der die das und ist nicht ein eine den dem des mit sich auf für von zu im auch wird werden sind hat dass bei nach aus oder wie", "sch ß ä ü ö ung ich ei"),
        P("es", "el la los las del y que en un una por con para es se no al lo como más pero sus su fue ha según también entre", "ñ ción ó í á ue"),
        P("it", "il la le gli di che e è un una per non con del della dei delle nel nella sono ha anche come più ma alla al da", "zione gli cch zz ò ì à"),
        P("pt", "o a os as do da dos das de e que em um uma para com não por se na no mais como mas foi ao pelo pela são também", "ção ã õ nh lh ê"),
        P("nl", "de het een en van is dat op te in voor niet met zijn die aan er ook als bij door maar om hij wordt werd naar", "ij aa oe ee sch"),
    ];

    private static Profile P(string code, string words, string grams) =>
        new(code, words.Split(' ').ToFrozenSet(StringComparer.Ordinal), grams.Split(' '));

    /// <summary>The ISO 639-1 code of <paramref name="text"/>'s language, or "und".</summary>
    public static string Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sample = text.Length > 4000 ? text[..4000] : text;
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

    private static string LatinLanguage(string sample)
    {
        var scores = new double[Profiles.Length];
        var words = 0;
        var i = 0;
        Span<char> buffer = stackalloc char[32];
        while (i < sample.Length && words < 600)
        {
            while (i < sample.Length && !char.IsLetter(sample[i]))
            {
                i++;
            }

            var start = i;
            while (i < sample.Length && (char.IsLetter(sample[i]) || sample[i] == '\''))
            {
                i++;
            }

            var len = i - start;
            if (len == 0 || len > buffer.Length)
            {
                continue;
            }

            words++;
            var w = buffer[..len];
            sample.AsSpan(start, len).ToLowerInvariant(w);
            var word = w.ToString();
            for (var p = 0; p < Profiles.Length; p++)
            {
                if (Profiles[p].Words.Contains(word))
                {
                    scores[p] += 1;
                }
            }
        }

        var lower = sample.ToLowerInvariant();
        for (var p = 0; p < Profiles.Length; p++)
        {
            foreach (var g in Profiles[p].Grams)
            {
                scores[p] += 0.3 * Math.Min(Count(lower, g), 20);
            }
        }

        var best = 0;
        for (var p = 1; p < Profiles.Length; p++)
        {
            if (scores[p] > scores[best])
            {
                best = p;
            }
        }

        return words < 3 || scores[best] < 2 ? "und" : Profiles[best].Code;
    }

    private static int Count(string text, string gram)
    {
        var n = 0;
        var i = 0;
        while ((i = text.IndexOf(gram, i, StringComparison.Ordinal)) >= 0)
        {
            n++;
            i += gram.Length;
        }

        return n;
    }
}

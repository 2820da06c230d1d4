using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Language;

/// <summary>Finds quantities with their hedges ("up to", "more than") and the nouns they count.</summary>
internal static class NumberRecognizer
{
    public static ImmutableArray<NumberMention> Read(TextContext ctx, List<DateExpression> dates)
    {
        var result = ImmutableArray.CreateBuilder<NumberMention>();
        var covered = new bool[ctx.Count];
        foreach (var d in dates)
        {
            for (var t = d.FirstToken; t <= d.LastToken; t++)
            {
                covered[t] = true;
            }
        }

        var i = 0;
        while (i < ctx.Count)
        {
            if (covered[i] || !StartsNumber(ctx, i, out var value, out var last))
            {
                i++;
                continue;
            }

            // scale words after the core: "2 million", "two hundred thousand"
            while (last + 1 < ctx.Count && ctx.IsWord(last + 1) && Lexicon.ScaleWords.TryGetValue(ctx.Lower[last + 1], out var scale) && ctx.Lower[last + 1].Length > 2)
            {
                value = scale == 100 ? value * 100 : value * scale;
                last++;
            }

            var first = i;
            string? noun = null;
            if (i > 0 && ctx.Glued(i - 1, i) && ctx.Tokens[i - 1].Kind == TokenKind.Punctuation)
            {
                noun = ctx.Text[ctx.Tokens[i - 1].Start] switch { '$' => "dollar", '\u20AC' => "euro", '\u00A3' => "pound", _ => null };
                first = noun is null ? i : i - 1;
            }

            var qualifier = Qualifier(ctx, first, out var qualifierFirst);
            var end = last;
            if (ctx.IsPunct(last + 1, '%'))
            {
                noun = "percent";
                end = last + 1;
            }
            else if (noun is null)
            {
                noun = CountedNoun(ctx, last);
            }

            var s = ctx.Tokens[qualifierFirst].Start;
            var length = ctx.Tokens[end].End - s;
            result.Add(new NumberMention(s, length, ctx.Text.Substring(s, length), value, qualifier, noun, ctx.SentenceOfToken[i]));
            i = last + 1;
        }

        return result.ToImmutable();
    }

    private static bool StartsNumber(TextContext ctx, int t, out double value, out int last)
    {
        value = 0;
        last = t;
        var tok = ctx.Tokens[t];
        if (tok.Kind == TokenKind.Number)
        {
            if (ctx.IsPunct(t + 1, ':') || (t > 0 && ctx.IsPunct(t - 1, ':') && ctx.Glued(t - 1, t)))
            {
                return false; // a time of day
            }

            return NumberNormalizer.TryParseDigits(ctx.Surface(t), out var v, out var scale) && (value = v * scale) >= 0;
        }

        if (tok.Kind != TokenKind.Word)
        {
            return false;
        }

        var l = ctx.Lower[t];
        var isA = l is "a" && t + 1 < ctx.Count && ctx.Lower[t + 1] is "million" or "billion" or "thousand" or "hundred" or "dozen";
        if (!isA && !IsNumberWord(l))
        {
            return false;
        }

        if (l == "one" && !(t + 1 < ctx.Count && Lexicon.ScaleWords.ContainsKey(ctx.Lower[t + 1])))
        {
            return false; // "one of them" is no count
        }

        var k = t;
        var words = new List<string>();
        while (k < ctx.Count && ctx.IsWord(k) && (IsNumberWord(ctx.Lower[k]) || Lexicon.ScaleWords.ContainsKey(ctx.Lower[k]) && ctx.Lower[k].Length > 2 || (k == t && isA) || (ctx.Lower[k] == "and" && k + 1 < ctx.Count && IsNumberWord(ctx.Lower[k + 1]) && words.Count > 0)))
        {
            words.Add(ctx.Lower[k]);
            k++;
        }

        last = k - 1;
        return NumberNormalizer.TryParse(string.Join(' ', words), out value);
    }

    private static bool IsNumberWord(string l)
    {
        if (Lexicon.NumberWords.ContainsKey(l))
        {
            return true;
        }

        var dash = l.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Lexicon.NumberWords.ContainsKey(l[..dash]) && Lexicon.NumberWords.ContainsKey(l[(dash + 1)..]);
    }

    private static NumberQualifier Qualifier(TextContext ctx, int t, out int first)
    {
        first = t;
        string P(int k) => k >= 0 && ctx.SameSentence(k, t) ? ctx.Lower[k] : "";
        var p1 = P(t - 1);
        var p2 = P(t - 2);
        var p3 = P(t - 3);
        if ((p2, p1) is ("up", "to"))
        {
            first = t - 2;
            return NumberQualifier.UpTo;
        }

        if ((p3, p2, p1) is ("as", "many", "as") or ("as", "much", "as"))
        {
            first = t - 3;
            return NumberQualifier.UpTo;
        }

        if ((p2, p1) is ("more", "than") or ("greater", "than"))
        {
            first = t - 2;
            return NumberQualifier.MoreThan;
        }

        if ((p2, p1) is ("at", "least"))
        {
            first = t - 2;
            return NumberQualifier.AtLeast;
        }

        if ((p2, p1) is ("less", "than") or ("fewer", "than"))
        {
            first = t - 2;
            return NumberQualifier.LessThan;
        }

        if ((p2, p1) is ("close", "to") or ("an", "estimated"))
        {
            first = t - 2;
            return NumberQualifier.Approximate;
        }

        switch (p1)
        {
            case "over" or "above" or "exceeding":
                first = t - 1;
                return NumberQualifier.MoreThan;
            case "under" or "below":
                first = t - 1;
                return NumberQualifier.LessThan;
            case "about" or "around" or "nearly" or "almost" or "approximately" or "roughly" or "some" or "approx" or "estimated" or "circa":
                first = t - 1;
                return NumberQualifier.Approximate;
            default:
                return NumberQualifier.Exact;
        }
    }

    private static string? CountedNoun(TextContext ctx, int last)
    {
        var k = last + 1;
        if (k + 1 < ctx.Count && ctx.IsPunct(k, '-') && ctx.Glued(last, k) && ctx.Glued(k, k + 1) && ctx.IsWord(k + 1))
        {
            return NumberNormalizer.Lemma(ctx.Surface(k + 1));
        }

        if (k < ctx.Count && ctx.Lower[k] == "of" && k + 1 < ctx.Count && ctx.Lower[k + 1] is "them" or "whom" or "which" or "the" or "these" or "those")
        {
            return null;
        }

        while (k < ctx.Count && ctx.Lower[k] is "of" or "more" or "other" or "additional" or "new" or "further" && k <= last + 2)
        {
            k++;
        }

        string? noun = null;
        for (var n = 0; n < 3 && k < ctx.Count && ctx.IsWord(k) && ctx.SameSentence(k, last); n++, k++)
        {
            var l = ctx.Lower[k];
            if (Lexicon.IsStopword(l) || l == "'s" || Lexicon.SpeechVerbs.Contains(l) || (noun is not null && (l.EndsWith("ed", StringComparison.Ordinal) || l.EndsWith("ing", StringComparison.Ordinal))))
            {
                break;
            }

            noun = l;
            if (l.Length > 3 && l.EndsWith('s') && !l.EndsWith("ss", StringComparison.Ordinal))
            {
                break; // a plural noun closes the phrase: "700 military vehicles"
            }
        }

        return noun is null ? null : NumberNormalizer.Lemma(noun);
    }
}

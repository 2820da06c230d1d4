using System.Globalization;

namespace Storyline.Language;

/// <summary>
/// Normalises written quantities so that "two million", "2 million" and "2,000,000" compare equal, and
/// counted nouns so that "troops" and "troop" do. Culture-invariant; public for the Consolidation stage.
/// </summary>
public static class NumberNormalizer
{
    /// <summary>Parses a quantity in digits or words, with scales ("1.5 billion", "twenty-five thousand", "a dozen").</summary>
    /// <returns>True when the whole text is a quantity.</returns>
    public static bool TryParse(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        var words = text.Replace('\u00A0', ' ').Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        double total = 0, current = 0;
        var any = false;
        foreach (var raw in words)
        {
            var w = raw.ToLowerInvariant();
            if (w is "and" or "a" or "an")
            {
                if (w != "and")
                {
                    current = Math.Max(current, 1);
                }

                continue;
            }

            if (TryParseDigits(w, out var d, out var suffixScale))
            {
                current += d * suffixScale;
                any = true;
            }
            else if (w == "dozen")
            {
                current = (current == 0 ? 1 : current) * 12;
                any = true;
            }
            else if (Lexicon.NumberWords.TryGetValue(w, out var n))
            {
                current += n;
                any = true;
            }
            else if (Lexicon.ScaleWords.TryGetValue(w, out var scale))
            {
                if (current == 0)
                {
                    current = 1;
                }

                if (scale == 100)
                {
                    current *= 100;
                }
                else
                {
                    total += current * scale;
                    current = 0;
                }

                any = true;
            }
            else
            {
                return false;
            }
        }

        value = total + current;
        return any;
    }

    /// <summary>Parses digits with thousands commas and a decimal point ("1,500", "3.5"), with a scale suffix ("5m", "2bn").</summary>
    internal static bool TryParseDigits(string s, out double value, out double scale)
    {
        scale = 1;
        var end = s.Length;
        while (end > 0 && char.IsLetter(s[end - 1]))
        {
            end--;
        }

        if (end < s.Length)
        {
            var suffix = s[end..].ToLowerInvariant();
            if (Lexicon.ScaleWords.TryGetValue(suffix, out var sc))
            {
                scale = sc;
            }
            else
            {
                value = 0;
                return false;
            }
        }

        var core = s[..end].Replace(",", "", StringComparison.Ordinal);
        return double.TryParse(core, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && end > 0;
    }

    /// <summary>The lemma of a counted noun: lower case, regular plural removed ("Troops" → "troop", "countries" → "country").</summary>
    public static string Lemma(string noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        var w = noun.ToLowerInvariant();
        if (w.Length <= 3 || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal))
        {
            return w;
        }

        if (w is "people" or "persons")
        {
            return "person";
        }

        if (w.EndsWith("men", StringComparison.Ordinal))
        {
            return w[..^3] + "man";
        }

        if (w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w.EndsWith('s') ? w[..^1] : w;
    }

    /// <summary>True when two quantities state the same value (relative tolerance for rounding such as "1.5 million" vs "1,500,000").</summary>
    public static bool Agree(double a, double b, double tolerance = 0.005) =>
        a == b || Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
}

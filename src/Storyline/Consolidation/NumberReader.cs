using System.Globalization;

namespace Storyline.Consolidation;

/// <summary>
/// Reads quantities written in digits or words ("14,000", "two million", "2.5 billion") out of a
/// token stream. A fallback for when the Language stage gave no <c>NumberMention</c>s, and the way
/// sentences are compared whatever the annotations say.
/// </summary>
internal static class NumberReader
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000, ["trillion"] = 1e12,
    };

    /// <summary>A quantity found in a token stream with the token after it (the counted noun, when a word).</summary>
    public readonly record struct Quantity(double Value, string? Next);

    /// <summary>Replaces each run of number tokens with one <see cref="Terms.NumberTerm"/>.</summary>
    public static IEnumerable<string> Fold(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count;)
        {
            if (TryRead(words, i, out var value, out var used))
            {
                yield return Terms.NumberTerm(value);
                i += used;
            }
            else
            {
                yield return words[i];
                i++;
            }
        }
    }

    /// <summary>The quantities of a token stream. "One" alone is skipped: it is a pronoun far more often than a count.</summary>
    public static List<Quantity> Quantities(IReadOnlyList<string> words)
    {
        var found = new List<Quantity>();
        for (var i = 0; i < words.Count;)
        {
            if (TryRead(words, i, out var value, out var used))
            {
                var single = used == 1 && words[i] == "one";
                var next = i + used < words.Count && !char.IsDigit(words[i + used][0]) ? words[i + used] : null;
                if (!single && !IsYear(words[i], used))
                {
                    found.Add(new Quantity(value, next));
                }

                i += used;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    // A bare four-digit token from 1800 to 2100 is a year, which is a date, not a count.
    private static bool IsYear(string token, int used) =>
        used == 1 && token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2100;

    private static bool TryRead(IReadOnlyList<string> words, int start, out double value, out int used)
    {
        value = 0;
        used = 0;
        double total = 0, current = 0;
        var any = false;
        var i = start;
        while (i < words.Count)
        {
            var w = words[i];
            if (char.IsDigit(w[0]) && !any && TryDigits(w, out var d))
            {
                current = d;
            }
            else if (Units.TryGetValue(w, out var u) && (!any || current % 100 != 0 || current == 0 || u < 10))
            {
                current += u;
            }
            else if (Scales.TryGetValue(w, out var s) && any)
            {
                if (s == 100)
                {
                    current *= s;
                }
                else
                {
                    total += current * s;
                    current = 0;
                }
            }
            else if (w == "and" && any && i + 1 < words.Count && Units.ContainsKey(words[i + 1]))
            {
                i++;
                continue;
            }
            else
            {
                break;
            }

            any = true;
            i++;
        }

        if (!any)
        {
            return false;
        }

        value = total + current;
        used = i - start;
        return true;
    }

    private static bool TryDigits(string token, out double value)
    {
        // "14,000" groups thousands; "1.5" is a decimal; a comma followed by other than three digits is a decimal comma.
        var cleaned = token;
        var parts = token.Split(',');
        if (parts.Length > 1 && parts.Skip(1).All(p => p.Length == 3 && !p.Contains('.', StringComparison.Ordinal)))
        {
            cleaned = string.Concat(parts);
        }
        else if (parts.Length == 2 && !token.Contains('.', StringComparison.Ordinal))
        {
            cleaned = token.Replace(',', '.');
        }

        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}

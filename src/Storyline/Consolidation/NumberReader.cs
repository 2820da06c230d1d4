using System.Globalization;

using Storyline.Language;

namespace Storyline.Consolidation;

/// <summary>
/// Reads quantities written in digits or words ("14,000", "two million", "2.5 billion") out of a
/// token stream. A fallback for when the Language stage gave no <c>NumberMention</c>s, and the way
/// sentences are compared whatever the annotations say.
/// </summary>
internal static class NumberReader
{
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

    // The longest quantity a number phrase can spell here ("two hundred and fifty thousand").
    private const int MaxPhrase = 8;

    /// <summary>
    /// The longest run of tokens from <paramref name="start"/> that the Language stage's
    /// <see cref="NumberNormalizer"/> reads as one quantity, so both stages share one definition of a
    /// number. Token guards keep the run to a phrase: it opens with digits or a number word, carries
    /// digits only first, whole scale words only ("m" after a digit is metres as often as millions),
    /// no "a" and no hyphenated token, and never ends on "and".
    /// </summary>
    private static bool TryRead(IReadOnlyList<string> words, int start, out double value, out int used)
    {
        value = 0;
        used = 0;
        if (!IsPhraseToken(words[start], first: true))
        {
            return false;
        }

        var end = start + 1;
        while (end < words.Count && end - start < MaxPhrase && IsPhraseToken(words[end], first: false))
        {
            end++;
        }

        for (var last = end - 1; last >= start; last--)
        {
            if (words[last] == "and")
            {
                continue;
            }

            if (NumberNormalizer.TryParse(string.Join(' ', words.Skip(start).Take(last - start + 1)), out value))
            {
                used = last - start + 1;
                return true;
            }
        }

        return false;
    }

    private static bool IsPhraseToken(string w, bool first) =>
        w.Length > 0 && !w.Contains('-', StringComparison.Ordinal)
        && (first
            ? (char.IsDigit(w[0]) && w.All(c => char.IsDigit(c) || c is ',' or '.')) || Lexicon.NumberWords.ContainsKey(w) || w == "dozen"
            : w == "and" || w == "dozen" || Lexicon.NumberWords.ContainsKey(w) || (Lexicon.ScaleWords.ContainsKey(w) && w.Length >= 7));
}

using System.Globalization;
using System.Text;

namespace Storyline.Reuse;

/// <summary>A word of an article's text, normalised so light edits still match.</summary>
/// <param name="Start">Offset in the text.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Hash">Hash of the normalised form.</param>
internal readonly record struct ReuseToken(int Start, int Length, ulong Hash)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits text into words and normalises them: case folded, curly quotes ignored, "2,000" read as
/// "2000" and number words ("two", "fourteen") read as their digits, so a copy that spells numbers
/// differently keeps its n-grams.
/// </summary>
internal static class ReuseTokens
{
    private static readonly Dictionary<string, string> NumberWords = BuildNumberWords();

    public static ReuseToken[] Scan(string text)
    {
        var tokens = new List<ReuseToken>(text.Length / 5);
        var builder = new StringBuilder(32);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            builder.Clear();
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    builder.Append(char.ToLowerInvariant(c));
                    i++;
                }
                else if ((c is ',' or '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start && char.IsDigit(text[i - 1]))
                {
                    // thousands separators vanish; a decimal point stays so 3.5 differs from 35
                    if (c == '.')
                    {
                        builder.Append('.');
                    }

                    i++;
                }
                else
                {
                    break;
                }
            }

            var word = builder.ToString();
            if (NumberWords.TryGetValue(word, out var digits))
            {
                word = digits;
            }

            tokens.Add(new ReuseToken(start, i - start, Hash(word)));
        }

        return [.. tokens];
    }

    /// <summary>FNV-1a over the characters, then a finaliser so n-gram hashes mix well.</summary>
    internal static ulong Hash(string word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    internal static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    /// <summary>The hash of the n words starting at each position (none when the text is shorter).</summary>
    public static ulong[] Grams(ReuseToken[] tokens, int n)
    {
        if (tokens.Length < n)
        {
            return [];
        }

        var grams = new ulong[tokens.Length - n + 1];
        for (var p = 0; p < grams.Length; p++)
        {
            var h = 0x9E3779B97F4A7C15UL;
            for (var k = 0; k < n; k++)
            {
                h = Mix(h ^ (tokens[p + k].Hash + (ulong)k));
            }

            grams[p] = h;
        }

        return grams;
    }

    private static Dictionary<string, string> BuildNumberWords()
    {
        string[] units =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 0; n < units.Length; n++)
        {
            map[units[n]] = n.ToString(CultureInfo.InvariantCulture);
        }

        for (var t = 2; t < tens.Length; t++)
        {
            map[tens[t]] = (t * 10).ToString(CultureInfo.InvariantCulture);
        }

        return map;
    }
}

using System.Globalization;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// Word 4-gram shingle overlap between an extracted body and a reference text, as the held-out
/// news benchmark scores bodies: both are lower-cased and cut into words (letters and digits);
/// precision = shared 4-grams / output 4-grams and recall = shared / reference 4-grams, over
/// multisets (a 4-gram counts as often as it occurs on both sides).
/// </summary>
internal static class FourGramOverlap
{
    public readonly record struct Overlap(int Shared, int Output, int Reference)
    {
        public double Precision => Output == 0 ? 0 : (double)Shared / Output;

        public double Recall => Reference == 0 ? 0 : (double)Shared / Reference;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public static Overlap Score(string output, string reference) => Score(output, [reference]);

    /// <summary>Scores against a reference in separate pieces (snippets): no 4-gram spans two pieces.</summary>
    public static Overlap Score(string output, IEnumerable<string> referencePieces)
    {
        var outputGrams = Grams(output);
        var referenceGrams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var piece in referencePieces)
        {
            foreach (var (gram, count) in Grams(piece))
            {
                referenceGrams[gram] = referenceGrams.GetValueOrDefault(gram) + count;
            }
        }

        var shared = 0;
        foreach (var (gram, count) in referenceGrams)
        {
            shared += Math.Min(count, outputGrams.GetValueOrDefault(gram));
        }

        return new Overlap(shared, outputGrams.Values.Sum(), referenceGrams.Values.Sum());
    }

    /// <summary>The multiset of word 4-grams of a text.</summary>
    public static Dictionary<string, int> Grams(string text)
    {
        var words = Words(text);
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= words.Count; i++)
        {
            var gram = string.Join(' ', words[i], words[i + 1], words[i + 2], words[i + 3]);
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }

    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLower(CultureInfo.InvariantCulture));
                start = -1;
            }
        }

        return words;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Bench.Consolidation;

/// <summary>Recall, precision and F1 of one ROUGE-N comparison.</summary>
/// <param name="Recall">Clipped hits over reference n-grams.</param>
/// <param name="Precision">Clipped hits over peer n-grams.</param>
/// <param name="F1">Harmonic mean of the two, each rounded to 5 decimals first.</param>
internal readonly record struct RougeScore(double Recall, double Precision, double F1);

/// <summary>
/// ROUGE-N as ROUGE-1.5.5 computes it with <c>-n 2 -m [-l N]</c>: lowercase; "-" split off; every
/// other character outside [A-Za-z0-9-] a space; tokens that start with [a-z0-9] kept; tokens over
/// three characters mapped through the WordNet exception table, else Porter-stemmed; the word limit
/// cuts the raw whitespace tokens before that; hits clipped at the reference counts and summed over
/// references; recall and precision rounded to 5 decimals before F.
/// </summary>
/// <param name="exceptions">The WordNet exception table (inflected → base).</param>
/// <param name="wordLimit">The <c>-l</c> limit, or null for none.</param>
/// <param name="limitReferences">Whether the limit also cuts the references, as ROUGE-1.5.5 reads every summary through the same limit.</param>
internal sealed partial class Rouge(IReadOnlyDictionary<string, string> exceptions, int? wordLimit, bool limitReferences = true)
{
    [GeneratedRegex("[^A-Za-z0-9-]", RegexOptions.CultureInvariant)]
    private static partial Regex Outside();

    [GeneratedRegex("^[a-z0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex Keep();

    /// <summary>Reads a <c>inflected TAB base</c> table.</summary>
    public static Dictionary<string, string> ReadExceptions(string path)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                table.TryAdd(line[..tab], line[(tab + 1)..].Trim());
            }
        }

        return table;
    }

    /// <summary>The tokens ROUGE counts in a text.</summary>
    public List<string> Tokens(string text) => Tokens(text, wordLimit);

    private List<string> Tokens(string text, int? limitTo)
    {
        if (limitTo is { } limit)
        {
            text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(limit));
        }

        var cleaned = Outside().Replace(text.ToLowerInvariant().Replace("-", " - ", StringComparison.Ordinal), " ");
        var tokens = new List<string>();
        foreach (var raw in cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Keep().IsMatch(raw))
            {
                continue;
            }

            tokens.Add(raw.Length > 3 ? (exceptions.TryGetValue(raw, out var b) ? b : PorterStemmer.Stem(raw)) : raw);
        }

        return tokens;
    }

    /// <summary>ROUGE-N of a peer against its references.</summary>
    public RougeScore Score(string peer, IReadOnlyList<string> references, int n)
    {
        var peerGrams = Grams(Tokens(peer), n);
        var peerTotal = peerGrams.Values.Sum();
        int hits = 0, referenceTotal = 0, peerTotalAll = 0;
        foreach (var reference in references)
        {
            var refGrams = Grams(Tokens(reference, limitReferences ? wordLimit : null), n);
            referenceTotal += refGrams.Values.Sum();
            peerTotalAll += peerTotal;
            foreach (var (gram, count) in refGrams)
            {
                hits += Math.Min(count, peerGrams.GetValueOrDefault(gram));
            }
        }

        var recall = Round(referenceTotal == 0 ? 0 : hits / (double)referenceTotal);
        var precision = Round(peerTotalAll == 0 ? 0 : hits / (double)peerTotalAll);
        var f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        return new RougeScore(recall, precision, f1);
    }

    private static double Round(double x) => Math.Round(x, 5, MidpointRounding.AwayFromZero);

    private static Dictionary<string, int> Grams(List<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(n));
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }

        return grams;
    }

    /// <summary>A score as ROUGE prints it (percent, two decimals).</summary>
    public static string Percent(double x) => (100 * x).ToString("F2", CultureInfo.InvariantCulture);
}

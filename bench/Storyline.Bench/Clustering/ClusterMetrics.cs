namespace Storyline.Bench.Clustering;

/// <summary>Pairwise and BCubed precision, recall and F1 of a clustering against gold labels (definitions in shared/data/README.md).</summary>
internal sealed record ClusterScores(double PairPrecision, double PairRecall, double PairF1, double BCubedPrecision, double BCubedRecall, double BCubedF1, int Articles, int Predicted, int Gold)
{
    public static ClusterScores Score(IReadOnlyList<IReadOnlyList<string>> predicted, IReadOnlyDictionary<string, string> gold)
    {
        var predictedOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < predicted.Count; c++)
        {
            foreach (var id in predicted[c])
            {
                predictedOf[id] = c;
            }
        }

        var ids = predictedOf.Keys.Where(gold.ContainsKey).ToList();
        var cells = ids.GroupBy(id => (predictedOf[id], gold[id])).ToDictionary(g => g.Key, g => (long)g.Count());
        var predictedSize = ids.GroupBy(id => predictedOf[id]).ToDictionary(g => g.Key, g => (long)g.Count());
        var goldSize = ids.GroupBy(id => gold[id], StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);

        static long Pairs(long n) => n * (n - 1) / 2;
        var tp = cells.Values.Sum(Pairs);
        var predictedPairs = predictedSize.Values.Sum(Pairs);
        var goldPairs = goldSize.Values.Sum(Pairs);
        var pairP = predictedPairs == 0 ? 1 : (double)tp / predictedPairs;
        var pairR = goldPairs == 0 ? 1 : (double)tp / goldPairs;

        double bp = 0, br = 0;
        foreach (var id in ids)
        {
            var cell = cells[(predictedOf[id], gold[id])];
            bp += (double)cell / predictedSize[predictedOf[id]];
            br += (double)cell / goldSize[gold[id]];
        }

        bp /= Math.Max(1, ids.Count);
        br /= Math.Max(1, ids.Count);
        return new ClusterScores(pairP, pairR, F(pairP, pairR), bp, br, F(bp, br), ids.Count, predictedSize.Count, goldSize.Count);
    }

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"articles {Articles}, stories {Predicted} (gold {Gold}) | pairwise P {PairPrecision:F4} R {PairRecall:F4} F1 {PairF1:F4} | BCubed P {BCubedPrecision:F4} R {BCubedRecall:F4} F1 {BCubedF1:F4}");
}

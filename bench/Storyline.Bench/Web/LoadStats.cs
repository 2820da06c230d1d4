using System.Globalization;

namespace Storyline.Bench.Web;

/// <summary>Shared by the web benches: positional integer arguments and latency percentiles.</summary>
internal static class LoadStats
{
    /// <summary>The value at quantile <paramref name="p"/> of sorted latencies (nearest rank).</summary>
    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>The positive integer at <paramref name="index"/>, or <paramref name="fallback"/>.</summary>
    public static int Arg(IReadOnlyList<string> args, int index, int fallback) =>
        args.Count > index && int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

using System.Globalization;

namespace Storyline.Bench.Language;

/// <summary>Entity, date and quote precision/recall on the hand-written gold set.</summary>
internal sealed class LanguageEvalTask : IBenchTask
{
    public string Name => "language";

    public string Description => "entity/date/quote precision and recall on the hand-written gold set (--heldout for the held-out set, --misses to list errors)";

    public int Run(IReadOnlyList<string> args)
    {
        var heldOut = args.Contains("--heldout");
        var gold = LanguageGoldSet.Load(heldOut);
        var scorer = LanguageScorer.Run(gold);
        Console.WriteLine($"language gold ({(heldOut ? "held-out" : "development")} set): {gold.Count} articles");
        Print("entities", scorer.Entities);
        Print("dates", scorer.Dates);
        Print("quote spans", scorer.QuoteSpans);
        Print("quotes+speaker", scorer.Quotes);
        if (args.Contains("--misses"))
        {
            foreach (var m in scorer.Misses)
            {
                Console.WriteLine("  " + m);
            }
        }

        return 0;
    }

    private static void Print(string what, Counts c) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-15} P {c.Precision:F3}  R {c.Recall:F3}  F1 {c.F1:F3}  (tp {c.TruePositives}, predicted {c.Predicted}, gold {c.Gold})"));
}

/// <summary>The CI floor of the Language stage: the whole gold set (41 articles, a second or two).</summary>
internal sealed class LanguageGate : IQualityGate
{
    public string GateName => "language";

    public IReadOnlyDictionary<string, double> Measure() => LanguageScorer.Run(LanguageGoldSet.Load()).Metrics();
}

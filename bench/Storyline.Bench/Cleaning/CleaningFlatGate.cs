namespace Storyline.Bench.Cleaning;

/// <summary>CI floor: the text cleaner on every fifth trafilatura page flattened to its visible text.</summary>
internal sealed class CleaningFlatGate : IQualityGate
{
    public string GateName => "cleaning-flat";

    public IReadOnlyDictionary<string, double> Measure()
    {
        var (_, text, _) = CleaningFlatTask.Score(EvalSet.Load(every: 5), showErrors: 0, compareHtml: false);
        return new Dictionary<string, double>
        {
            ["f1"] = text.F1,
            ["precision"] = text.Precision,
            ["recall"] = text.Recall,
        };
    }
}

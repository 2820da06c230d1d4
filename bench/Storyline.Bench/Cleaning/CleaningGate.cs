namespace Storyline.Bench.Cleaning;

/// <summary>CI floor: snippet P/R/F1 of the Cleaning stage on every 5th trafilatura-eval page.</summary>
internal sealed class CleaningGate : IQualityGate
{
    public string GateName => "cleaning";

    public IReadOnlyDictionary<string, double> Measure()
    {
        var score = new SnippetScore();
        foreach (var page in EvalSet.Load(every: 5))
        {
            score.Add(page, Extractors.Ours(page));
        }

        return new Dictionary<string, double> { ["precision"] = score.Precision, ["recall"] = score.Recall, ["f1"] = score.F1 };
    }
}

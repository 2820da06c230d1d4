namespace Storyline.Bench.Cleaning;

/// <summary>
/// CI floor: block-classification accuracy and body precision/recall of the flattened-text cleaner
/// on our labelled set, the tuning part and the held-out part scored apart.
/// </summary>
internal sealed class CleaningTextGate : IQualityGate
{
    public string GateName => "cleaning-text";

    public IReadOnlyDictionary<string, double> Measure()
    {
        var dir = CleaningTextTask.SetDirectory();
        var (accuracy, precision, recall) = CleaningTextTask.Score(dir, showErrors: false, print: false);
        var (heldAccuracy, heldPrecision, heldRecall) = CleaningTextTask.Score(Path.Combine(dir, "Heldout"), showErrors: false, print: false);
        return new Dictionary<string, double>
        {
            ["accuracy"] = accuracy,
            ["body_precision"] = precision,
            ["body_recall"] = recall,
            ["heldout_accuracy"] = heldAccuracy,
            ["heldout_body_precision"] = heldPrecision,
            ["heldout_body_recall"] = heldRecall,
        };
    }
}

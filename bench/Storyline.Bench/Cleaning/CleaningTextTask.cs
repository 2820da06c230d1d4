using System.Globalization;
using Storyline.Cleaning.Text;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-text`: block-classification accuracy of the flattened-text cleaner per class on our own
/// labelled set (Cleaning/TextSet, see its README), plus body precision/recall and the metadata found.
/// `--errors` prints every misclassified block; `--heldout` scores TextSet/Heldout, written after the
/// classifier was tuned on the first set and not tuned on.
/// </summary>
internal sealed class CleaningTextTask : IBenchTask
{
    private const string Body = "body";

    public string Name => "cleaning-text";

    public string Description => "quality: text-mode block classification per class on our labelled set (Cleaning/TextSet; --heldout, --errors)";

    public int Run(IReadOnlyList<string> args)
    {
        var directory = args.Contains("--heldout") ? Path.Combine(SetDirectory(), "Heldout") : SetDirectory();
        Score(directory, args.Contains("--errors"), print: true);
        return 0;
    }

    /// <summary>Scores every labelled article of a directory: overall accuracy and body precision/recall.</summary>
    public static (double Accuracy, double BodyPrecision, double BodyRecall) Score(string directory, bool showErrors, bool print)
    {
        var perClass = new SortedDictionary<string, (int Total, int Right)>(StringComparer.Ordinal);
        int keptRight = 0, kept = 0, bodyTotal = 0, files = 0;
        int titles = 0, titlesRight = 0, bylines = 0, bylinesRight = 0, dates = 0, datesRight = 0;
        foreach (var file in Directory.GetFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            files++;
            var gold = new List<(string Label, string Text)>();
            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (line[0] == '@')
                {
                    meta[line[1..tab]] = line[(tab + 1)..];
                }
                else
                {
                    gold.Add((line[..tab], line[(tab + 1)..].Trim()));
                }
            }

            var result = TextBlockClassifier.Classify(string.Join("\n\n", gold.Select(g => g.Text)));
            var removedAt = 0;
            foreach (var (label, text) in gold)
            {
                var predicted = removedAt < result.Removed.Length && result.Removed[removedAt].Text == text ? result.Removed[removedAt++].Reason : Body;
                var (total, right) = perClass.GetValueOrDefault(label);
                perClass[label] = (total + 1, right + (predicted == label ? 1 : 0));
                bodyTotal += label == Body ? 1 : 0;
                kept += predicted == Body ? 1 : 0;
                keptRight += predicted == Body && label == Body ? 1 : 0;
                if (showErrors && print && predicted != label)
                {
                    Console.WriteLine($"  {Path.GetFileName(file)}: {label} -> {predicted}: {(text.Length > 90 ? text[..90] + "…" : text)}");
                }
            }

            var goldTitle = gold.FirstOrDefault(g => g.Label == "title").Text;
            titles += goldTitle is null ? 0 : 1;
            titlesRight += goldTitle is not null && result.Title == goldTitle ? 1 : 0;
            if (meta.TryGetValue("byline", out var byline))
            {
                bylines++;
                bylinesRight += result.Byline == byline ? 1 : 0;
                if (showErrors && print && result.Byline != byline)
                {
                    Console.WriteLine($"  {Path.GetFileName(file)}: byline {byline} -> {result.Byline}");
                }
            }

            if (meta.TryGetValue("published", out var published))
            {
                dates++;
                datesRight += result.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == published ? 1 : 0;
                if (showErrors && print && result.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) != published)
                {
                    Console.WriteLine($"  {Path.GetFileName(file)}: published {published} -> {result.Published:yyyy-MM-dd}");
                }
            }
        }

        var all = perClass.Values.Sum(v => v.Total);
        var allRight = perClass.Values.Sum(v => v.Right);
        var scores = ((double)allRight / all, (double)keptRight / Math.Max(1, kept), (double)keptRight / bodyTotal);
        if (!print)
        {
            return scores;
        }

        Console.WriteLine($"{files} articles, {all} blocks");
        foreach (var (label, (total, right)) in perClass)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-16} {right,3}/{total,-3} {(double)right / total:0.000}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"accuracy {(double)allRight / all:0.000}; body kept P {(double)keptRight / Math.Max(1, kept):0.000} R {(double)keptRight / bodyTotal:0.000}"));
        Console.WriteLine($"title {titlesRight}/{titles}, byline {bylinesRight}/{bylines}, published {datesRight}/{dates}");
        return scores;
    }

    /// <summary>The labelled set's directory (its held-out part is the Heldout folder inside).</summary>
    public static string SetDirectory() => BenchFiles.Directory("bench", "Storyline.Bench", "Cleaning", "TextSet");
}

using System.IO.Compression;
using System.Text.Json;
using Storyline.Ingest;

namespace Storyline.Bench.Cleaning;

/// <summary>One page of the trafilatura evaluation set with its expected and forbidden snippets.</summary>
internal sealed record EvalPage(string Url, string File, string Html, IReadOnlyList<string> With, IReadOnlyList<string> Without);

/// <summary>Loads ../shared/data/cleaning/trafilatura-eval, decoding each page with its declared charset.</summary>
internal static class EvalSet
{
    public static List<EvalPage> Load(int every = 1)
    {
        var root = SharedData.Data("cleaning", "trafilatura-eval");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "evaldata.json")));
        var pages = new List<EvalPage>();
        var index = 0;
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            if (index++ % every != 0)
            {
                continue;
            }

            var file = entry.Value.GetProperty("file").GetString()!;
            var path = Path.Combine(root, "html", file);
            if (!File.Exists(path))
            {
                continue;
            }

            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gz.CopyTo(buffer);
            var html = TextDecoder.Decode(buffer.ToArray()).Text;
            pages.Add(new EvalPage(entry.Name, file, html, Strings(entry.Value, "with"), Strings(entry.Value, "without")));
        }

        return pages;
    }

    private static List<string> Strings(JsonElement node, string name) =>
        node.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(s => s.GetString() ?? string.Empty)] : [];
}

/// <summary>Snippet counts summed over pages, scored as the trafilatura project scores them.</summary>
internal sealed class SnippetScore
{
    public int TruePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int FalsePositives { get; private set; }
    public int TrueNegatives { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => 2.0 * TruePositives / Math.Max(1, (2 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Adds one page; returns the missed and the wrongly found snippets for error analysis.</summary>
    public (List<string> Missed, List<string> Leaked) Add(EvalPage page, string? output)
    {
        var text = Normalise(output ?? string.Empty);
        var missed = new List<string>();
        var leaked = new List<string>();
        foreach (var snippet in page.With)
        {
            if (text.Length > 0 && text.Contains(Normalise(snippet), StringComparison.Ordinal))
            {
                TruePositives++;
            }
            else
            {
                FalseNegatives++;
                missed.Add(snippet);
            }
        }

        foreach (var snippet in page.Without)
        {
            if (text.Length > 0 && text.Contains(Normalise(snippet), StringComparison.Ordinal))
            {
                FalsePositives++;
                leaked.Add(snippet);
            }
            else
            {
                TrueNegatives++;
            }
        }

        return (missed, leaked);
    }

    public override string ToString() =>
        FormattableString.Invariant($"P {Precision:F4}  R {Recall:F4}  F1 {F1:F4}  (tp {TruePositives} fn {FalseNegatives} fp {FalsePositives} tn {TrueNegatives})");

    internal static string Normalise(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

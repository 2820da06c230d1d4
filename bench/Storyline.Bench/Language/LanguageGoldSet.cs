using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Storyline.Documents;

namespace Storyline.Bench.Language;

/// <summary>One hand-annotated article of the gold set (see Gold/README.md).</summary>
internal sealed record GoldArticle(string Source, string Id, Article Article, int ScopeEnd, string[] Entities, string[] Dates, string[] Quotes);

/// <summary>Loads the gold annotations and the texts they refer to in ../shared/data.</summary>
internal static class LanguageGoldSet
{
    private sealed record Entry(string id, int paragraphs, string[] entities, string[] dates, string[] quotes);

    /// <summary>The development set (giveme5w1h.json and multinews.json), or the held-out set (heldout.json) when asked.</summary>
    public static List<GoldArticle> Load(bool heldOut = false)
    {
        var dir = GoldDirectory();
        var result = new List<GoldArticle>();
        var giveme = File.ReadLines(SharedData.Data("clustering", "giveme5w1h_news_cluster.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();
        foreach (var e in Read(Path.Combine(dir, heldOut ? "heldout.json" : "giveme5w1h.json")))
        {
            var row = giveme.Single(r => r.GetProperty("id").GetString()!.StartsWith(e.id, StringComparison.Ordinal));
            var date = DateTime.Parse(row.GetProperty("date").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            result.Add(Make("giveme5w1h", e, row.GetProperty("text").GetString()!, new DateTimeOffset(date, TimeSpan.Zero)));
        }

        if (heldOut)
        {
            return result;
        }

        var multi = File.ReadLines(SharedData.Data("summaries", "multinews_val_sample250.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("idx").GetInt32());
        foreach (var e in Read(Path.Combine(dir, "multinews.json")))
        {
            var parts = e.id.Split('/');
            var doc = multi[int.Parse(parts[0], CultureInfo.InvariantCulture)].GetProperty("documents")[int.Parse(parts[1], CultureInfo.InvariantCulture)].GetString()!;
            result.Add(Make("multinews", e, doc, null));
        }

        return result;
    }

    /// <summary>Paragraphs of a data text: its non-blank lines, trimmed.</summary>
    public static ImmutableArray<string> Paragraphs(string text) =>
        [.. text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0)];

    private static GoldArticle Make(string source, Entry e, string text, DateTimeOffset? published)
    {
        var paragraphs = Paragraphs(text);
        var article = new Article { Id = e.id, SourceId = e.id, Origin = source, RawText = text, Paragraphs = paragraphs, Published = published };
        var scopeEnd = paragraphs.Take(e.paragraphs).Sum(p => p.Length + Article.ParagraphSeparator.Length);
        return new GoldArticle(source, e.id, article, scopeEnd, e.entities, e.dates, e.quotes);
    }

    private static List<Entry> Read(string path) => JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(path))!;

    private static string GoldDirectory() => BenchFiles.Directory("bench", "Storyline.Bench", "Language", "Gold");
}

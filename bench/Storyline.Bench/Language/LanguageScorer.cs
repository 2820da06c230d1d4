using Storyline.Documents;
using Storyline.Language;

namespace Storyline.Bench.Language;

/// <summary>Precision and recall counts of one annotation kind.</summary>
internal sealed class Counts
{
    public int TruePositives { get; set; }
    public int Predicted { get; set; }
    public int Gold { get; set; }
    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores the annotator against the gold set (matching rules in Gold/README.md).</summary>
internal sealed class LanguageScorer
{
    public Counts Entities { get; } = new();
    public Counts Dates { get; } = new();
    public Counts QuoteSpans { get; } = new();
    public Counts Quotes { get; } = new();
    public List<string> Misses { get; } = [];

    public static LanguageScorer Run(IEnumerable<GoldArticle> gold)
    {
        var scorer = new LanguageScorer();
        var annotator = new Annotator(LanguageOptions.Default);
        foreach (var g in gold)
        {
            scorer.Score(g, annotator.Annotate(g.Article));
        }

        return scorer;
    }

    public IReadOnlyDictionary<string, double> Metrics() => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["entity_p"] = Entities.Precision, ["entity_r"] = Entities.Recall, ["entity_f1"] = Entities.F1,
        ["date_p"] = Dates.Precision, ["date_r"] = Dates.Recall, ["date_f1"] = Dates.F1,
        ["quote_span_p"] = QuoteSpans.Precision, ["quote_span_r"] = QuoteSpans.Recall,
        ["quote_p"] = Quotes.Precision, ["quote_r"] = Quotes.Recall, ["quote_f1"] = Quotes.F1,
    };

    private void Score(GoldArticle g, AnnotatedArticle a)
    {
        var an = a.Annotations;
        var inScope = an.Mentions.Where(m => m.Start < g.ScopeEnd).ToList();
        var predicted = an.Entities
            .Where(e => inScope.Any(m => m.Entity == e.Name))
            .Select(e => (e.Type, Names: e.Aliases.Append(e.Name).Concat(inScope.Where(m => m.Entity == e.Name).Select(m => m.Text)).ToHashSet(StringComparer.OrdinalIgnoreCase), Name: e.Name))
            .ToList();
        var used = new bool[predicted.Count];
        foreach (var ge in g.Entities)
        {
            var colon = ge.IndexOf(':', StringComparison.Ordinal);
            var type = Enum.Parse<EntityType>(ge[..colon]);
            var name = ge[(colon + 1)..];
            var hit = predicted.FindIndex(p => p.Type == type && p.Names.Contains(name));
            if (hit >= 0 && !used[hit])
            {
                used[hit] = true;
                Entities.TruePositives++;
            }
            else
            {
                Misses.Add($"{g.Id} entity missed: {ge}");
            }
        }

        for (var i = 0; i < predicted.Count; i++)
        {
            if (!used[i])
            {
                Misses.Add($"{g.Id} entity extra: {predicted[i].Type}:{predicted[i].Name}");
            }
        }

        Entities.Gold += g.Entities.Length;
        Entities.Predicted += predicted.Count;

        var dates = an.Dates.Where(d => d.Start < g.ScopeEnd).ToList();
        var usedDates = new bool[dates.Count];
        foreach (var gd in g.Dates)
        {
            var bar = gd.IndexOf('|', StringComparison.Ordinal);
            var text = gd[..bar];
            var value = DateOnly.ParseExact(gd[(bar + 1)..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var hit = dates.FindIndex(d => !usedDates[dates.IndexOf(d)] && Overlaps(d.Text, text) && d.Value == value);
            if (hit >= 0)
            {
                usedDates[hit] = true;
                Dates.TruePositives++;
            }
            else
            {
                var near = dates.FirstOrDefault(d => Overlaps(d.Text, text));
                Misses.Add($"{g.Id} date missed: {gd}{(near is null ? "" : $" (got {near.Text} = {near.Value:yyyy-MM-dd})")}");
            }
        }

        for (var i = 0; i < dates.Count; i++)
        {
            if (!usedDates[i])
            {
                Misses.Add($"{g.Id} date extra: {dates[i].Text} = {dates[i].Value:yyyy-MM-dd}");
            }
        }

        Dates.Gold += g.Dates.Length;
        Dates.Predicted += dates.Count;

        var quotes = an.Quotes.Where(q => q.Start < g.ScopeEnd).ToList();
        var usedQuotes = new bool[quotes.Count];
        foreach (var gq in g.Quotes)
        {
            var bar = gq.IndexOf('|', StringComparison.Ordinal);
            var speaker = gq[..bar];
            var prefix = gq[(bar + 1)..];
            var hit = quotes.FindIndex(q => !usedQuotes[quotes.IndexOf(q)] && q.Text.Contains(prefix, StringComparison.OrdinalIgnoreCase));
            if (hit < 0)
            {
                Misses.Add($"{g.Id} quote missed: {gq}");
                continue;
            }

            usedQuotes[hit] = true;
            QuoteSpans.TruePositives++;
            if (SameSpeaker(speaker, quotes[hit].Speaker))
            {
                Quotes.TruePositives++;
            }
            else
            {
                Misses.Add($"{g.Id} quote speaker: {gq} (got {quotes[hit].Speaker ?? "none"})");
            }
        }

        for (var i = 0; i < quotes.Count; i++)
        {
            if (!usedQuotes[i])
            {
                Misses.Add($"{g.Id} quote extra: [{quotes[i].Speaker}] {quotes[i].Text}");
            }
        }

        QuoteSpans.Gold += g.Quotes.Length;
        QuoteSpans.Predicted += quotes.Count;
        Quotes.Gold += g.Quotes.Length;
        Quotes.Predicted += quotes.Count;
    }

    private static bool Overlaps(string predicted, string gold) =>
        predicted.Contains(gold, StringComparison.OrdinalIgnoreCase) || gold.Contains(predicted, StringComparison.OrdinalIgnoreCase);

    private static bool SameSpeaker(string gold, string? predicted)
    {
        if (gold.Length == 0 || predicted is null)
        {
            return gold.Length == 0 && predicted is null;
        }

        return string.Equals(gold, predicted, StringComparison.OrdinalIgnoreCase)
            || predicted.EndsWith(" " + gold, StringComparison.OrdinalIgnoreCase)
            || gold.EndsWith(" " + predicted, StringComparison.OrdinalIgnoreCase);
    }
}

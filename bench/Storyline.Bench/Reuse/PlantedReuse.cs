using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Storyline.Documents;

namespace Storyline.Bench.Reuse;

/// <summary>Where a planted passage stands in one host article.</summary>
internal sealed record PlantedOccurrence(string ArticleId, int Start, int Length);

/// <summary>A labelled reuse set: host articles with planted passages, and where each passage went.</summary>
internal sealed record PlantedSet(IReadOnlyList<AnnotatedArticle> Articles, IReadOnlyList<IReadOnlyList<PlantedOccurrence>> Passages);

/// <summary>
/// Builds the labelled reuse test: passages of four to six sentences (or as many as asked) cut from Multi-News documents
/// are planted, at paragraph boundaries, into two or three giveme5w1h articles each; every copy after
/// the first gets one or two light edits (a word swapped, a number written in words or re-punctuated,
/// a sentence dropped). Deterministic for a seed.
/// </summary>
internal static partial class PlantedReuse
{
    public static PlantedSet Build(int hosts, int passages, int seed, int fewestSentences = 4, int mostSentences = 6)
    {
        var random = new Random(seed);
        var hostTexts = File.ReadLines(SharedData.Data("clustering", "giveme5w1h_news_cluster.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Id: e.GetProperty("id").GetString()!, Text: e.GetProperty("text").GetString() ?? ""))
            .Take(hosts)
            .ToList();
        var donors = File.ReadLines(SharedData.Data("summaries", "multinews_val_sample250.jsonl"))
            .SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetString() ?? "").Take(1))
            .ToList();

        var paragraphs = hostTexts.Select(h => h.Text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList()).ToList();
        var plantedIn = new List<List<(int Host, int Paragraph)>>();
        var planted = 0;
        for (var d = 0; planted < passages && d < donors.Count; d++)
        {
            var sentences = SentenceEnd().Split(donors[d].ReplaceLineEndings(" ")).Select(s => s.Trim()).Where(s => s.Split(' ').Length >= 8).ToList();
            if (sentences.Count < 8)
            {
                continue;
            }

            var first = 2 + random.Next(sentences.Count - 7);
            var passage = sentences.Skip(first).Take(fewestSentences + random.Next(mostSentences - fewestSentences + 1)).ToList();
            var carriers = Enumerable.Range(0, hostTexts.Count).OrderBy(_ => random.Next()).Take(2 + random.Next(2)).ToList();
            var places = new List<(int, int)>();
            for (var c = 0; c < carriers.Count; c++)
            {
                var text = string.Join(' ', c == 0 ? passage : Edit(passage, random));
                var at = random.Next(paragraphs[carriers[c]].Count + 1);
                paragraphs[carriers[c]].Insert(at, "\u0001" + planted.ToString(CultureInfo.InvariantCulture) + "\u0001" + text);
                places.Add((carriers[c], at));
            }

            plantedIn.Add(places);
            planted++;
        }

        // Markers tie each planted paragraph to its passage; they are stripped before offsets are taken.
        var articles = new List<AnnotatedArticle>();
        var occurrences = Enumerable.Range(0, planted).Select(_ => new List<PlantedOccurrence>()).ToList();
        for (var h = 0; h < hostTexts.Count; h++)
        {
            var clean = new List<string>();
            var offset = 0;
            foreach (var p in paragraphs[h])
            {
                var text = p;
                if (p.StartsWith('\u0001'))
                {
                    var close = p.IndexOf('\u0001', 1);
                    var index = int.Parse(p[1..close], CultureInfo.InvariantCulture);
                    text = p[(close + 1)..];
                    occurrences[index].Add(new PlantedOccurrence(hostTexts[h].Id, offset, text.Length));
                }

                clean.Add(text);
                offset += text.Length + Article.ParagraphSeparator.Length;
            }

            var article = new Article { Id = hostTexts[h].Id, SourceId = hostTexts[h].Id, Origin = "planted", RawText = string.Join('\n', clean), Paragraphs = [.. clean] };
            articles.Add(new AnnotatedArticle(article, new ArticleAnnotations("en", null, false, [], [], [], [], [], [])));
        }

        return new PlantedSet(articles, occurrences);
    }

    /// <summary>One or two light edits of a passage's sentences.</summary>
    private static List<string> Edit(List<string> sentences, Random random)
    {
        var edited = sentences.ToList();
        var edits = 1 + random.Next(2);
        for (var e = 0; e < edits; e++)
        {
            switch (random.Next(3))
            {
                // A dropped sentence leaves at least two, and never fewer than three of a longer passage.
                case 0 when edited.Count > Math.Clamp(sentences.Count - 1, 2, 3):
                    edited.RemoveAt(1 + random.Next(edited.Count - 2));
                    break;
                case 1 when edited.FindIndex(s => Number().IsMatch(s)) is var i and >= 0:
                    edited[i] = Number().Replace(edited[i], m => Respell(m.Value), 1);
                    break;
                default:
                    var k = random.Next(edited.Count);
                    var words = edited[k].Split(' ');
                    var w = 1 + random.Next(Math.Max(1, words.Length - 2));
                    words[w] = SwapWords[random.Next(SwapWords.Length)];
                    edited[k] = string.Join(' ', words);
                    break;
            }
        }

        return edited;
    }

    private static readonly string[] SwapWords = ["also", "reportedly", "officials", "new", "major", "local", "several", "then"];

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>A number as a second outlet might write it: in words below 100, with or without thousands separators above.</summary>
    private static string Respell(string digits)
    {
        var plain = digits.Replace(",", "", StringComparison.Ordinal);
        if (!long.TryParse(plain, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return digits;
        }

        return n switch
        {
            < 20 => Units[n],
            < 100 => Tens[n / 10] + (n % 10 == 0 ? "" : "-" + Units[n % 10]),
            _ => digits.Contains(',', StringComparison.Ordinal) ? plain : n.ToString("N0", CultureInfo.InvariantCulture),
        };
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b\d[\d,]*\b")]
    private static partial Regex Number();
}

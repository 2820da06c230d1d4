using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Storyline.Documents;

namespace Storyline.Bench.Clustering;

/// <summary>
/// A deterministic synthetic news stream: stories open at a steady rate, live a few days, and each
/// article of a story mixes the story's own words, names and numbers with common words drawn from a
/// Zipf-like distribution. The arrival rate per day is fixed, so the active pool has the same size
/// whatever the length of the stream: time per article should stay flat as the stream grows.
/// </summary>
internal sealed class SyntheticStream(int seed, int articlesPerDay = 1000)
{
    private const int CommonWords = 30_000;
    private const int TopicWords = 200_000;
    private const int Names = 100_000;
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private sealed record StoryPlan(int Id, string[] Words, string[] Names, string[] Numbers, double EndDay);

    public IEnumerable<(AnnotatedArticle Article, int Story)> Generate(int count)
    {
        var random = new Random(seed);
        var open = new List<StoryPlan>();
        var nextStory = 0;
        var body = new StringBuilder(1024);
        for (var i = 0; i < count; i++)
        {
            var day = (double)i / articlesPerDay;
            open.RemoveAll(s => s.EndDay < day);
            StoryPlan story;
            if (open.Count == 0 || random.NextDouble() < 0.2)
            {
                story = new StoryPlan(
                    nextStory++,
                    [.. Enumerable.Range(0, 15).Select(_ => Word(random.Next(TopicWords), "t"))],
                    [.. Enumerable.Range(0, 4).Select(_ => Name(random.Next(Names)))],
                    [.. Enumerable.Range(0, 2).Select(_ => random.Next(10, 100_000).ToString(CultureInfo.InvariantCulture))],
                    day + 1 + (random.NextDouble() * 4));
                open.Add(story);
            }
            else
            {
                story = open[random.Next(open.Count)];
            }

            body.Clear();
            for (var w = 0; w < 120; w++)
            {
                var roll = random.NextDouble();
                body.Append(roll switch
                {
                    < 0.30 => story.Words[random.Next(story.Words.Length)],
                    < 0.40 => story.Names[random.Next(story.Names.Length)],
                    < 0.42 => story.Numbers[random.Next(story.Numbers.Length)],
                    _ => Word(Zipf(random), "c"),
                });
                body.Append(w % 15 == 14 ? ". " : " ");
            }

            var title = string.Join(' ', Enumerable.Range(0, 8).Select(k => k % 2 == 0 ? story.Words[random.Next(story.Words.Length)] : Word(Zipf(random), "c")));
            var id = "syn" + i.ToString(CultureInfo.InvariantCulture);
            var article = new Article
            {
                Id = id,
                SourceId = id,
                Origin = "synthetic",
                RawText = "",
                Title = title,
                Paragraphs = [body.ToString()],
                Published = Start.AddDays(day),
                Language = "en",
            };
            yield return (new AnnotatedArticle(article, new ArticleAnnotations("en", DateOnly.FromDateTime(article.Published.Value.UtcDateTime), false, [], [], [], [], [], [])), story.Id);
        }
    }

    private static readonly string[] Syllables = "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu".Split(' ');

    private static int Zipf(Random random) => (int)Math.Min(CommonWords - 1, Math.Exp(random.NextDouble() * Math.Log(CommonWords)) - 1);

    private static string Word(int index, string prefix)
    {
        var parts = Syllables;
        var builder = new StringBuilder(prefix);
        var n = index;
        do
        {
            builder.Append(parts[n % parts.Length]);
            n /= parts.Length;
        }
        while (n > 0);
        return builder.ToString();
    }

    private static string Name(int index)
    {
        var word = Word(index, "");
        return char.ToUpperInvariant(word[0]) + word[1..] + "ov";
    }
}

/// <summary>Scale: time and peak memory of streaming clustering over 10k, 100k and 1M synthetic articles.</summary>
internal sealed class ScaleTask : IBenchTask
{
    public string Name => "scale";

    public string Description => "streaming clustering time and peak memory on a synthetic stream (args: sizes, default 10000 100000)";

    public int Run(IReadOnlyList<string> args)
    {
        var sizes = args.Where(a => a.Length > 0 && char.IsDigit(a[0])).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(10_000).ToList();
        if (args.Count == 0)
        {
            sizes.Add(100_000);
        }

        var options = OptionOverrides.Apply(Storyline.Clustering.ClusteringOptions.Default, args);
        foreach (var size in sizes)
        {
            GC.Collect();
            var stream = new Storyline.Clustering.StoryStream(options);
            var gold = new Dictionary<string, string>(StringComparer.Ordinal);
            var cpuStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            long peakManaged = 0, peakActive = 0;
            var n = 0;
            var featuresOnly = args.Contains("features-only");
            var space = new Storyline.Clustering.FeatureSpace(options);
            foreach (var (article, story) in new SyntheticStream(seed: 7).Generate(size))
            {
                if (args.Contains("generate-only"))
                {
                    continue;
                }

                if (featuresOnly)
                {
                    space.Observe(article);
                    continue;
                }

                stream.Add(article);
                if (size <= 100_000)
                {
                    gold[article.Id] = story.ToString(CultureInfo.InvariantCulture);
                }

                if (++n % 5000 == 0)
                {
                    peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                    peakActive = Math.Max(peakActive, stream.ActiveStories);
                }

                if (size > 100_000 && n % 100_000 == 0)
                {
                    // Memory over time, live heap after a full collection (inside the timed loop: one per 100k articles).
                    // It must level off once the pool is full and the frequencies decay.
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {n,9}: {clock.Elapsed.TotalSeconds:F1}s, live managed {GC.GetTotalMemory(true) / 1e6:F0} MB (peak incl. garbage {peakManaged / 1e6:F0}), working set {Environment.WorkingSet / 1e6:F0} MB, active stories {stream.ActiveStories}, vocabulary {stream.Vocabulary}"));
                }
            }

            var elapsed = clock.Elapsed;
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
            var peakProcess = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;
            var quality = gold.Count > 0 ? " | " + ClusterScores.Score(stream.Snapshot(), gold) : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,9} articles: {elapsed.TotalSeconds:F1}s wall, {cpu.TotalSeconds:F1}s CPU ({elapsed.TotalMilliseconds * 1000 / size:F0} µs/article), peak managed {peakManaged / 1e6:F0} MB, process peak {peakProcess / 1e6:F0} MB, peak active stories {peakActive}, vocabulary {stream.Vocabulary}{quality}"));
        }

        return 0;
    }
}

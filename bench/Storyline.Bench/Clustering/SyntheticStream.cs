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
                    _ => Common[Zipf(random)],
                });
                body.Append(w % 15 == 14 ? ". " : " ");
            }

            var title = string.Join(' ', Enumerable.Range(0, 8).Select(k => k % 2 == 0 ? story.Words[random.Next(story.Words.Length)] : Common[Zipf(random)]));
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

    // The common words spelled once: built per use, they were most of what the generator allocated, garbage that the
    // scale bench then timed the collector for, as if the stream had made it.
    private static readonly string[] Common = [.. Enumerable.Range(0, CommonWords).Select(i => Word(i, "c"))];

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

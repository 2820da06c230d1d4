using System.Text;
using Storyline.Clustering;
using Storyline.Documents;
using Storyline.Tests.Reuse;

namespace Storyline.Tests.Clustering;

public class StoryStreamMemoryTests
{
    private static readonly DateTimeOffset Start = new(2022, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Syllables = ["ba", "ke", "mi", "do", "lu", "ra", "se", "ti", "vo", "zu", "pe", "go"];

    /// <summary>A distinct made-up word per number, so a stream can bring new words forever.</summary>
    private static string Word(int n)
    {
        var builder = new StringBuilder("q");
        do
        {
            builder.Append(Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }
        while (n > 0);
        return builder.ToString();
    }

    /// <summary>
    /// Event <paramref name="e"/> as one report: its own four words and name, repeated, plus words of
    /// its own that no other report uses (the long tail of a real stream's vocabulary).
    /// </summary>
    private static AnnotatedArticle Report(int e, int k)
    {
        var own = Enumerable.Range(0, 4).Select(i => Word((e * 4) + i)).ToList();
        var name = char.ToUpperInvariant(Word(e)[0]) + Word(e)[1..] + "ov";
        var tail = Enumerable.Range(0, 6).Select(i => Word(10_000_000 + (((e * 8) + k) * 6) + i));
        var text = $"The {own[0]} {own[1]} said {name} on the {own[2]} {own[3]}. {name} and the {own[0]} {own[2]} {string.Join(' ', tail)}.";
        return ReuseTestArticles.Make($"e{e}-{k}", text, title: $"{name} {own[1]} {own[3]}", published: Start.AddHours((e * 2) + k));
    }

    /// <summary>Events of three reports each, a report of the next event opening before the last of this one arrives.</summary>
    private static IEnumerable<AnnotatedArticle> Stream(int events) =>
        Enumerable.Range(0, events).SelectMany(e => Enumerable.Range(0, 3).Select(k => (e, k)))
            .OrderBy(x => (x.e * 2) + x.k).ThenBy(x => x.e)
            .Select(x => Report(x.e, x.k));

    private static readonly ClusteringOptions SmallPool = ClusteringOptions.Default with { FrequencyHalfLifeDocuments = 150, MaxActiveStories = 40 };

    [Fact]
    public void Add_EndlessNewWords_VocabularyLevelsOff()
    {
        var stream = new StoryStream(SmallPool);
        var sizes = new List<int>();
        foreach (var (article, i) in Stream(1200).Select((a, i) => (a, i)))
        {
            stream.Add(article);
            if ((i + 1) % 1200 == 0)
            {
                sizes.Add(stream.Vocabulary);
            }
        }

        // Three times the articles after the first 1,200: the vocabulary stays within a fifth of where it was.
        Assert.Equal(3, sizes.Count);
        Assert.True(sizes[2] <= sizes[0] * 1.2, $"vocabulary grew from {sizes[0]} to {sizes[2]}");
    }

    [Fact]
    public void Add_NoDecay_VocabularyGrowsWithTheStream()
    {
        // The counterpart of the test above: without decay every new word stays, so that test can fail.
        var stream = new StoryStream(SmallPool with { FrequencyHalfLifeDocuments = 0 });
        var sizes = new List<int>();
        foreach (var (article, i) in Stream(1200).Select((a, i) => (a, i)))
        {
            stream.Add(article);
            if ((i + 1) % 1200 == 0)
            {
                sizes.Add(stream.Vocabulary);
            }
        }

        Assert.True(sizes[2] >= sizes[0] * 2.5, $"vocabulary went from {sizes[0]} to {sizes[2]}");
    }

    [Fact]
    public void Add_ManyDecaysAndReusedIds_EachEventOneStory()
    {
        var stream = new StoryStream(SmallPool);
        var articles = Stream(600).ToList();
        foreach (var article in articles)
        {
            stream.Add(article);
        }

        // Forgotten features hand their ids to new words: a story must never pick up another event's reports through them.
        var stories = stream.Snapshot();
        var eventOf = (string id) => id[..id.IndexOf('-', StringComparison.Ordinal)];
        Assert.All(stories, s => Assert.Single(s.Select(eventOf).Distinct()));
        Assert.Equal(600, stories.Count);
    }
}

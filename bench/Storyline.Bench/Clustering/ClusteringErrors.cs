using Storyline.Clustering;
using Storyline.Pipeline;

namespace Storyline.Bench.Clustering;

/// <summary>
/// Error analysis of recall: each gold event split over several predicted stories, each fragment
/// outside the event's largest one put in a category (alone and nearest the right story but under
/// the bar, alone and nearest a wrong story, short debris, a fragment of several articles), with the
/// second look's best and runner-up scores for the lone ones.
/// </summary>
internal sealed class ClusteringErrorsTask : IBenchTask
{
    private const int ShortWords = 120;

    public string Name => "clustering-errors";

    public string Description => "clustering recall errors by category, with best and runner-up scores (args: giveme|giveme-bare|multinews|mn-even|mn-odd [shuffle=SEED] [Option=value...])";

    public int Run(IReadOnlyList<string> args)
    {
        var stages = PipelineStages.CreateDefault();
        var (set, articles) = LabelledSet.FromArgs(args, stages);
        var clusterer = new StoryClusterer(OptionOverrides.Apply(ClusteringOptions.Default, args));
        var stream = clusterer.ClusterStream(articles, stages.Reuse.Detect(articles));
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        string Gold(string id) => set.Gold[byId[id].Article.SourceId];
        var stories = stream.Snapshot();
        var storyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var id in story)
            {
                storyOf[id] = stream.StoryOf(id);
            }
        }

        // An event's main fragment: the predicted story holding most of its articles.
        var main = articles.GroupBy(a => Gold(a.Id))
            .ToDictionary(g => g.Key, g => g.GroupBy(a => storyOf[a.Id]).OrderByDescending(x => x.Count()).ThenBy(x => x.Key).First().Key);
        // The fit look's cohesion of an active story (NaN when retired), read through any of its articles.
        double Cohesion(int key) => stories.FirstOrDefault(s => storyOf[s[0]] == key) is { } members ? stream.CohesionOf(members[0]) : double.NaN;
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var fragment in story.GroupBy(Gold))
            {
                if (main[fragment.Key] == storyOf[fragment.First()] || articles.Count(a => Gold(a.Id) == fragment.Key) < 2)
                {
                    continue;
                }

                var words = fragment.Sum(id => byId[id].Article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
                var ranked = stream.NearestTo(fragment.First()) ?? [];
                var retiredEarly = stream.NearestTo(fragment.First()) is null;
                var best = ranked.Count > 0 ? ranked[0] : (Key: -1, Score: 0.0);
                var second = ranked.Count > 1 ? ranked[1].Score : 0;
                var category =
                    story.Count > fragment.Count() ? "inside another story"
                    : fragment.Count() > 1 ? "fragment of several"
                    : words < ShortWords ? "short (debris?)"
                    : retiredEarly ? "retired before the second look"
                    : best.Key == main[fragment.Key] ? (best.Score >= clusterer.Options.SecondLookSimilarity ? "nearest right, margin missed" : "nearest right, under the bar")
                    : ranked.Any(r => r.Key == main[fragment.Key]) ? "nearest wrong, right ranked lower"
                    : "right story not a candidate";
                counts[category] = counts.GetValueOrDefault(category) + 1;
                var rank = ranked.ToList().FindIndex(r => r.Key == main[fragment.Key]);
                var head = (byId[fragment.First()].Article.Title ?? byId[fragment.First()].Article.Text).ReplaceLineEndings(" ");
                Console.WriteLine(System.FormattableString.Invariant(
                    $"{category,-34} gold {fragment.Key,-5} n {fragment.Count()} words {words,5} best {best.Score:F3} second {second:F3} right at {rank,2} ({stream.ScoreAgainst(fragment.First(), main[fragment.Key]):F3}) cohesion best {Cohesion(best.Key):F3} right {Cohesion(main[fragment.Key]):F3} | {head[..Math.Min(70, head.Length)]}"));
            }
        }

        foreach (var (category, count) in counts)
        {
            Console.WriteLine($"{category}: {count}");
        }

        return 0;
    }
}

namespace Storyline.Clustering;

/// <summary>The second look at small stories once a batch is in.</summary>
public sealed partial class StoryStream
{
    /// <summary>
    /// A small story (up to <see cref="ClusteringOptions.SecondLookMaxSize"/> articles) looks again for
    /// its story once the batch is in: each of its articles is scored against the other active stories
    /// as an arriving article is (centroid and recent members), and the story joins the best one from
    /// <see cref="ClusteringOptions.SecondLookSimilarity"/> when that leads the runner-up by
    /// <see cref="ClusteringOptions.SecondLookMargin"/>.
    /// An article that came before the rest of its event met no story to join, and the centroid pass
    /// sees only its whole story, diluted by the event's other angles.
    /// </summary>
    private void SecondLook()
    {
        if (Options.SecondLookSimilarity <= 0)
        {
            return;
        }

        var small = active.Values.Where(s => s.Size <= Options.SecondLookMaxSize).OrderBy(s => s.Size).ThenBy(s => s.Key).ToList();
        foreach (var story in small)
        {
            if (!active.ContainsKey(story.Key) || story.Size > Options.SecondLookMaxSize)
            {
                continue;
            }

            var ranked = Nearest(story);
            if (ranked.Count == 0)
            {
                continue;
            }

            var (target, top) = ranked[0];
            var second = ranked.Count > 1 ? ranked[1].Score : 0;
            if (top >= Options.SecondLookSimilarity
                && top >= Options.SecondLookMargin * second)
            {
                Merge(target, story);
                target.Norms = Norms(target.Centroid);
            }
        }
    }

    /// <summary>The other active stories by the best score of any of a story's recent articles against them, best first.</summary>
    private List<(ActiveStory Story, double Score)> Nearest(ActiveStory story)
    {
        var best = new Dictionary<ActiveStory, double>();
        foreach (var member in story.Recent)
        {
            var weighted = Weighted(member);
            foreach (var other in Candidates(weighted, null, exclude: story.Key))
            {
                var score = Score(weighted, other, story.FirstDate, null, members: true);
                best[other] = Math.Max(best.GetValueOrDefault(other), score);
            }
        }

        return [.. best.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Key).Select(kv => (kv.Key, kv.Value))];
    }
}

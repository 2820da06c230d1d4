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

            JoinNearest(story);
        }
    }

    /// <summary>
    /// The second look for one small story: it joins the active story its articles resemble most when
    /// the rule of <see cref="SecondLook"/> holds. Also taken by a small story about to retire, which in a
    /// live stream never reaches the end of a batch: its one chance to meet the reports that came after
    /// it. Cost: one candidate lookup per recent member.
    /// </summary>
    /// <returns>Whether the story was merged into another (and is no longer active).</returns>
    private bool JoinNearest(ActiveStory story)
    {
        if (Options.SecondLookSimilarity <= 0 || story.Size > Options.SecondLookMaxSize)
        {
            return false;
        }

        var ranked = Nearest(story);
        if (ranked.Count == 0)
        {
            return false;
        }

        var (target, top) = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Score : 0;
        if (top < Options.SecondLookSimilarity || top < Options.SecondLookMargin * second)
        {
            return false;
        }

        Merge(target, story);
        target.Norms = Norms(target.Centroid);
        return true;
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

    /// <summary>
    /// For diagnostics: the other active stories as the second look ranks them for the story of
    /// <paramref name="articleId"/> (keys and scores, best first); null when that story retired.
    /// </summary>
    internal IReadOnlyList<(int Key, double Score)>? NearestTo(string articleId) =>
        active.TryGetValue(StoryOf(articleId), out var story) ? [.. Nearest(story).Select(x => (x.Story.Key, x.Score))] : null;

    /// <summary>For diagnostics: the second look's score of the story of <paramref name="articleId"/> against the active story <paramref name="key"/>.</summary>
    internal double ScoreAgainst(string articleId, int key) =>
        active.TryGetValue(StoryOf(articleId), out var story) && active.TryGetValue(key, out var other)
            ? story.Recent.Max(m => Score(Weighted(m), other, story.FirstDate, null, members: true))
            : double.NaN;
}

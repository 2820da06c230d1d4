namespace Storyline.Clustering;

/// <summary>The fit look: the end-of-batch pass that places lone stories by how well they fit a story as its own members do.</summary>
public sealed partial class StoryStream
{
    /// <summary>Candidates of a lone story, by score, whose fit is weighed.</summary>
    private const int FitCandidates = 5;

    /// <summary>
    /// After the second look, in up to <see cref="ClusteringOptions.FitLookRounds"/> rounds: each story of one
    /// article ranks its best-scored candidates (scored as the second look scores them) by <em>fit</em>, its score
    /// divided by the story's cohesion (how well the story's own recent members score against it, each with itself
    /// taken out), and joins the best-fitting story when it fits from <see cref="ClusteringOptions.FitLookBar"/> and
    /// fits <see cref="ClusteringOptions.FitLookMargin"/> times better than the runner-up.
    /// A raw score does not say how close a story's members are to each other: an article that scores 0.16 against a
    /// loose story whose members score 0.18 among themselves belongs there more than in a tight story whose members
    /// score 0.5, even where that story scores it 0.12, and the second look's margin on raw scores left such articles alone.
    /// Deterministic (stories in key order); cost per lone story one candidate lookup, each candidate's cohesion read once a round.
    /// </summary>
    private void FitLook()
    {
        if (Options.FitLookRounds <= 0 || Options.SecondLookSimilarity <= 0)
        {
            return;
        }

        for (var round = 0; round < Options.FitLookRounds; round++)
        {
            var cohesion = new Dictionary<ActiveStory, double>();
            var joined = 0;
            foreach (var story in active.Values.Where(s => s.Size == 1).OrderBy(s => s.Key).ToList())
            {
                if (active.ContainsKey(story.Key) && story.Size == 1 && JoinBestFit(story, cohesion))
                {
                    joined++;
                }
            }

            if (joined == 0)
            {
                break;
            }
        }
    }

    /// <summary>One lone story's fit look; <paramref name="cohesion"/> caches each candidate's cohesion within a round.</summary>
    /// <returns>Whether the story joined another (and is no longer active).</returns>
    private bool JoinBestFit(ActiveStory story, Dictionary<ActiveStory, double> cohesion)
    {
        double Cohesive(ActiveStory s)
        {
            if (!cohesion.TryGetValue(s, out var c))
            {
                cohesion[s] = c = Cohesion(s);
            }

            return c;
        }

        var ranked = Nearest(story)
            .Take(FitCandidates)
            .Select(x => (x.Story, x.Score, Fit: x.Score / Cohesive(x.Story)))
            .OrderByDescending(x => x.Fit)
            .ThenBy(x => x.Story.Key)
            .ToList();
        if (ranked.Count == 0)
        {
            return false;
        }

        var (target, score, fit) = ranked[0];
        var second = ranked.Count > 1 ? ranked[1].Fit : 0;
        if (score < Options.SecondLookSimilarity || fit < Options.FitLookBar || fit < Options.FitLookMargin * second)
        {
            return false;
        }

        Merge(target, story);
        target.Norms = Norms(target.Centroid);
        cohesion.Remove(target);
        return true;
    }

    /// <summary>
    /// How closely a story's members hold together: the mean score of its recent members against it, each with
    /// itself taken out. A story of one article has no members to ask: it takes the bar an arriving article meets
    /// to join it (<see cref="ClusteringOptions.JoinSimilarity"/>). Never under <see cref="ClusteringOptions.LeadingJoinSimilarity"/>,
    /// the least any article joined a story with, so a story of unrelated debris does not make every score fit.
    /// </summary>
    private double Cohesion(ActiveStory story)
    {
        if (story.Size < 2 || story.Recent.Count < 2)
        {
            return Options.JoinSimilarity;
        }

        var sum = 0.0;
        foreach (var member in story.Recent)
        {
            sum += LeaveOneOutScore(Weighted(member), member, story);
        }

        return Math.Max(sum / story.Recent.Count, Options.LeadingJoinSimilarity);
    }

    /// <summary>
    /// The score of a member against its own story as if it had not joined it: the centroid's weights less the
    /// member's (the story's length adjusted to match) and the other recent members. Members are inside the story's
    /// span, so time does not discount.
    /// </summary>
    private double LeaveOneOutScore(WeightedArticle article, RecentMember self, ActiveStory story)
    {
        var dots = new double[FeatureSpace.Channels];
        // The story's length read afresh: its cached norms date from its last change, and the IDFs may have moved since.
        var squares = Norms(story.Centroid);
        for (var c = 0; c < squares.Length; c++)
        {
            squares[c] *= squares[c];
        }

        for (var i = 0; i < article.Ids.Length; i++)
        {
            if (!story.Centroid.TryGetValue(article.Ids[i], out var c))
            {
                continue; // pruned from the centroid: the rest of the story holds it too little to count
            }

            // The member's share of the centroid (its weight before IDF), read back from its weight at arrival over
            // today's IDF: in a batch, primed with every article's frequencies, the two IDFs all but agree.
            var idf = article.Idfs[i];
            var rest = idf > 0 ? Math.Max(0, c - (article.Weights[i] / idf)) : c;
            dots[article.Channels[i]] += article.Weights[i] * rest * idf;
            squares[article.Channels[i]] -= (((double)c * c) - ((double)rest * rest)) * idf * idf;
        }

        for (var c = 0; c < squares.Length; c++)
        {
            squares[c] = Math.Sqrt(Math.Max(0, squares[c]));
        }

        var cosine = Combine(dots, article.Norms, squares);
        foreach (var member in story.Recent)
        {
            if (!ReferenceEquals(member, self))
            {
                cosine = Math.Max(cosine, Options.MemberLinkWeight * Cosine(article, member));
            }
        }

        return cosine;
    }

    /// <summary>For diagnostics: the cohesion the fit look reads for the active story of <paramref name="articleId"/>; NaN when that story retired.</summary>
    internal double CohesionOf(string articleId) =>
        active.TryGetValue(StoryOf(articleId), out var story) ? Cohesion(story) : double.NaN;
}

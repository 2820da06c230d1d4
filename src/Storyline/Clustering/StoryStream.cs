using System.Runtime.CompilerServices;
using Storyline.Documents;

namespace Storyline.Clustering;

/// <summary>
/// Streaming story clustering. Articles arrive in time order; each joins the most similar active
/// story or opens a new one. Similarity is a weighted mean of TF-IDF cosines over four channels
/// (stemmed body words, title words, names, numbers and dates; document frequencies learned as the
/// stream goes), the best of the story centroid and its recent members, damped by the distance in time. Candidate stories come from an inverted index over the article's strongest features, so
/// the cost of an article does not grow with the stream; two stories an article shows to be one are
/// merged; stories idle too long, or the least recently updated past the pool's size limit, retire.
/// Deterministic: the same articles in the same order give the same stories.
/// <para>
/// Memory: without a <c>retired</c> sink the stream remembers every article's story, so
/// <see cref="Snapshot"/> and <see cref="StoryOf"/> answer for the whole stream. With one, each
/// story that retires is handed to the sink with its final membership and forgotten: the stream
/// then holds the active pool only, and <see cref="Snapshot"/>/<see cref="StoryOf"/> cover the
/// articles of active stories.
/// </para>
/// </summary>
/// <param name="options">Clustering options.</param>
/// <param name="retired">
/// Receives each story as it retires, and makes the stream forget it. Called from <see cref="Add"/>;
/// it must not call back into the stream. Null keeps every story.
/// </param>
public sealed partial class StoryStream(ClusteringOptions options, Action<RetiredStory>? retired)
{
    private readonly FeatureSpace space = new(options);
    private readonly Dictionary<int, ActiveStory> active = [];
    // Postings, the retirement queue and article slots hold story keys rather than references: arrays of
    // numbers cost the collector nothing to scan, which matters once the pool and its postings are large.
    private readonly Postings postings = new();
    private readonly Queue<(long Update, int Key)> updates = new();
    private readonly Dictionary<string, int> articleStory = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> mergedInto = [];
    private readonly List<(long First, RetiredStory Story)> kept = [];
    private readonly List<ActiveStory> candidates = [];
    private readonly List<string> warnings = [];
    private const int MergeChecks = 3;
    private const int MemberLinkCandidates = 5;
    private DateOnly? clock;
    private long position;
    private long pass;
    private int nextKey;

    /// <summary>A stream with the default options.</summary>
    public StoryStream()
        : this(ClusteringOptions.Default)
    {
    }

    /// <summary>A stream that keeps every story (see the primary constructor).</summary>
    /// <param name="options">Clustering options.</param>
    public StoryStream(ClusteringOptions options)
        : this(options, null)
    {
    }

    /// <summary>The options in force.</summary>
    public ClusteringOptions Options { get; } = options;

    /// <summary>One-line warnings about input taken with reservations (implausible dates, repeated ids).</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>Stories in the active pool right now.</summary>
    public int ActiveStories => active.Count;

    /// <summary>Features (words, names, numbers) the stream holds document frequencies for right now.</summary>
    public int Vocabulary => space.Vocabulary;

    /// <summary>Articles added so far (repeated ids not counted).</summary>
    public int Count => (int)position;

    /// <summary>Articles the stream holds a story for right now: all added so far, or with a retired sink, those of active stories.</summary>
    public int Remembered => articleStory.Count;

    /// <summary>Adds the next article of the stream; returns the key of the story it joined or opened.</summary>
    /// <param name="article">The article.</param>
    /// <param name="sharesPassagesWith">Ids of earlier articles it shares text with (from the Reuse stage), if known.</param>
    public int Add(AnnotatedArticle article, IReadOnlyCollection<string>? sharesPassagesWith = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (articleStory.TryGetValue(article.Id, out var seen))
        {
            WarnRepeated(article);
            return Resolve(seen);
        }

        var date = PlausibleDate(article);
        position++;
        var vector = space.Observe(article);
        var weighted = Weighted(vector);
        // Centroid similarity for every candidate; one-to-one member links only for the leaders, as they cost more.
        var found = Candidates(weighted, sharesPassagesWith);
        var scored = new List<(ActiveStory Story, double Score)>(found.Count);
        foreach (var candidate in found)
        {
            scored.Add((candidate, Score(weighted, candidate, date, sharesPassagesWith, members: false)));
        }

        // Best first, the older story on a tie: each story once, so the order is total and a sort gives what a stable one would.
        scored.Sort(BestFirst);
        if (Options.MemberLinkWeight > 0)
        {
            for (var i = 0; i < Math.Min(MemberLinkCandidates, scored.Count); i++)
            {
                // The score grows monotonically with the cosine it is given (a bonus added, a positive time factor),
                // so the best of the centroid's score and the members' is exactly the score of the best cosine:
                // the centroid is not read twice.
                var linked = Score(weighted, scored[i].Story, date, sharesPassagesWith, members: true, centroid: false);
                scored[i] = (scored[i].Story, Math.Max(scored[i].Score, linked));
            }

            scored.Sort(BestFirst);
        }

        ActiveStory story;
        var leaders = Leaders(scored);
        if (scored.Count > 0 && (Joins(scored[0].Score, scored.Count > 1 ? scored[1].Score : 0) || leaders.Count > 1))
        {
            story = scored[0].Story;
            foreach (var (other, score) in scored.Skip(1).Where(x => x.Score >= Options.MergeCandidateSimilarity).Take(MergeChecks))
            {
                var bar = leaders.Contains(other) ? Options.LeaderMergeSimilarity : Options.MergeSimilarity;
                if (active.ContainsKey(other.Key) && CentroidCosine(story, other) >= bar)
                {
                    Merge(story, other);
                }
            }
        }
        else
        {
            story = new ActiveStory(nextKey++);
            active[story.Key] = story;
        }

        Join(story, vector, new RecentMember(weighted.Ids, weighted.Weights, weighted.Norms), date);
        articleStory[article.Id] = story.Key;
        story.Members.Add((position, article.Id));
        Retire();
        if (space.ForgetDue)
        {
            Forget();
        }

        return story.Key;
    }

    private static int BestFirst((ActiveStory Story, double Score) x, (ActiveStory Story, double Score) y) =>
        x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Story.Key.CompareTo(y.Story.Key);

    /// <summary>The warning for an article whose id was added before (it stays in its first story).</summary>
    internal void WarnRepeated(AnnotatedArticle article) =>
        warnings.Add($"{article.Article.Origin}: article {article.Id} was added before; kept in its first story");

    /// <summary>
    /// An article joins its best story when the similarity is high, or when it is moderate but clearly
    /// ahead of the runner-up: the nearest story is almost always right even where absolute
    /// similarities between reports of one event run low.
    /// </summary>
    private bool Joins(double best, double second) =>
        best >= Options.JoinSimilarity
        || (Options.JoinMargin > 0 && best >= Options.LeadingJoinSimilarity && best >= Options.JoinMargin * second);

    /// <summary>
    /// The stories that stand out of an article's candidates: from <see cref="ClusteringOptions.LeadingJoinSimilarity"/>
    /// and ahead of the background (the first candidate past the merge checks) by <see cref="ClusteringOptions.JoinMargin"/>,
    /// and similar enough to the best one to be one story with it. Several leaders mean the article
    /// sits in an event that opened as several stories: it joins the best and the others are merged in.
    /// </summary>
    private HashSet<ActiveStory> Leaders(List<(ActiveStory Story, double Score)> scored)
    {
        var leaders = new HashSet<ActiveStory>();
        if (Options.JoinMargin <= 0 || Options.LeaderMergeSimilarity <= 0 || scored.Count == 0)
        {
            return leaders;
        }

        var background = scored.Count > MergeChecks + 1 ? scored[MergeChecks + 1].Score : 0;
        leaders.Add(scored[0].Story);
        foreach (var (story, score) in scored.Take(MergeChecks + 1).Skip(1))
        {
            if (score >= Options.LeadingJoinSimilarity && score >= Options.JoinMargin * background
                && scored[0].Score >= Options.LeadingJoinSimilarity
                && CentroidCosine(scored[0].Story, story) >= Options.LeaderMergeSimilarity)
            {
                leaders.Add(story);
            }
        }

        return leaders;
    }

    /// <summary>
    /// Re-links the active pool once a batch is in: each story, smallest first, is merged into the
    /// active story its centroid resembles most when that similarity is high, or moderate and well
    /// ahead of the runner-up. The stream decides when an article arrives, before the event's later
    /// reports that would tie its stories together; this pass sees them. Cost is bounded by the
    /// active pool, as candidates come from the inverted index.
    /// </summary>
    public void Relink()
    {
        if (Options.RelinkSimilarity <= 0)
        {
            return;
        }

        var order = active.Values.OrderBy(s => s.Size).ThenBy(s => s.Key).ToList();
        foreach (var story in order)
        {
            if (!active.ContainsKey(story.Key))
            {
                continue;
            }

            var ids = story.Centroid.Keys.Order().ToArray();
            var query = Weighted(new SparseVector(ids, [.. ids.Select(id => story.Centroid[id])]));
            // Unlike the second look, the lookup may spend terms on the story's own postings: reading past them
            // merged more on Multi-News but split giveme5w1h's first 150 articles further (measured).
            var scored = Candidates(query, null)
                .Where(s => s.Key != story.Key)
                .Select(s => (Story: s, Score: CentroidCosine(story, s)))
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.Story.Key)
                .ToList();
            if (scored.Count == 0)
            {
                continue;
            }

            var (best, score) = scored[0];
            var second = scored.Count > 1 ? scored[1].Score : 0;
            if (score >= Options.MergeSimilarity
                || (Options.JoinMargin > 0 && score >= Options.RelinkSimilarity && score >= Options.JoinMargin * second))
            {
                Merge(best, story);
                best.Norms = Norms(best.Centroid);
            }
        }

        SecondLook();
        FitLook();
    }

    /// <summary>
    /// Counts articles into the document frequencies without clustering them. A batch known in full
    /// (<see cref="StoryClusterer"/>) primes the frequencies with all of it, so the first articles are
    /// weighed with the same IDF as the last; adding them afterwards counts them twice, which leaves
    /// IDF almost unchanged since every count doubles.
    /// </summary>
    public void LearnDocumentFrequencies(IEnumerable<AnnotatedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            space.Observe(article);
        }
    }

    /// <summary>
    /// The story key an article belongs to now (stories merge, so a key given earlier may have moved).
    /// With a retired sink, only articles of active stories are known.
    /// </summary>
    public int StoryOf(string articleId) =>
        articleStory.TryGetValue(articleId, out var key) ? Resolve(key) : throw new KeyNotFoundException(articleId);

    /// <summary>
    /// Every story so far (with a retired sink: every active story), as the ids of its articles in
    /// arrival order; stories in order of their first article.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Snapshot() =>
        [.. kept.Concat(active.Values.Select(Final)).OrderBy(s => s.First).Select(s => s.Story.ArticleIds)];

    /// <summary>A story's membership as it stands, with the arrival position of its first article.</summary>
    private static (long First, RetiredStory Story) Final(ActiveStory story)
    {
        var members = story.Members.Order().ToList();
        return (members[0].Position, new RetiredStory(story.Key, [.. members.Select(m => m.Id)]));
    }

    /// <summary>
    /// The similarity the stream would give article <paramref name="a"/> against a story holding only
    /// <paramref name="b"/>, with the document frequencies learned so far (neither is counted).
    /// </summary>
    internal double Similarity(AnnotatedArticle a, AnnotatedArticle b)
    {
        var story = new ActiveStory(-1);
        var vector = space.Observe(b, learn: false);
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            story.Centroid[vector.Ids[i]] = vector.Weights[i];
        }

        story.Widen(Date(b));
        story.Norms = Norms(story.Centroid);
        return Score(Weighted(space.Observe(a, learn: false)), story, Date(a), null, members: false);
    }

    /// <summary>
    /// The similarity of every article to a story holding only each other article (row = article, column = story),
    /// with the document frequencies learned so far; for diagnostics, as it costs the square of the count.
    /// </summary>
    internal double[][] SimilarityMatrix(IReadOnlyList<AnnotatedArticle> articles)
    {
        var vectors = articles.Select(a => space.Observe(a, learn: false)).ToList();
        var weighted = vectors.Select(Weighted).ToList();
        var stories = vectors.Select((v, i) =>
        {
            var story = new ActiveStory(-1);
            for (var k = 0; k < v.Ids.Length; k++)
            {
                story.Centroid[v.Ids[k]] = v.Weights[k];
            }

            story.Widen(Date(articles[i]));
            story.Norms = Norms(story.Centroid);
            return story;
        }).ToList();
        return [.. articles.Select((a, i) => stories.Select((s, j) => i == j ? 0 : Score(weighted[i], s, Date(a), null, members: false)).ToArray())];
    }

    private DateOnly? Date(AnnotatedArticle article) =>
        article.Article.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : article.Annotations.ReferenceDate;

    private DateOnly? PlausibleDate(AnnotatedArticle article)
    {
        var date = Date(article);
        if (date is { } d && (d.Year < Options.MinPlausibleYear || d.Year > Options.MaxPlausibleYear))
        {
            warnings.Add($"{article.Article.Origin}: date {d:yyyy-MM-dd} is implausible; clustered as undated");
            return null;
        }

        // Only a publication date moves the stream's clock: the stream is ordered by those, while a date read
        // from the text (a dateline) of an undated article may lie anywhere, and moved past, the clock retired
        // the stories of every earlier date in an undated stream before their reports arrived (measured on Multi-News).
        if (date is { } known && article.Article.Published is not null && (clock is null || known > clock))
        {
            clock = known;
        }

        return date;
    }

    /// <summary>An article's features with IDF applied, and each feature's IDF and channel, read once per article.</summary>
    private sealed record WeightedArticle(int[] Ids, float[] Weights, float[] Idfs, byte[] Channels, double[] Norms);

    /// <summary>A recent member as an article to score against other stories: its weights as it arrived, today's IDF.</summary>
    private WeightedArticle Weighted(RecentMember member)
    {
        var idfs = new float[member.Ids.Length];
        var channels = new byte[member.Ids.Length];
        for (var i = 0; i < idfs.Length; i++)
        {
            idfs[i] = space.Idf(member.Ids[i], out var channel);
            channels[i] = (byte)channel;
        }

        return new WeightedArticle(member.Ids, member.Weights, idfs, channels, member.Norms);
    }

    private WeightedArticle Weighted(SparseVector vector)
    {
        var weights = new float[vector.Ids.Length];
        var idfs = new float[vector.Ids.Length];
        var channels = new byte[vector.Ids.Length];
        var norms = new double[FeatureSpace.Channels];
        for (var i = 0; i < weights.Length; i++)
        {
            idfs[i] = space.Idf(vector.Ids[i], out var channel);
            channels[i] = (byte)channel;
            weights[i] = vector.Weights[i] * idfs[i];
            norms[channels[i]] += (double)weights[i] * weights[i];
        }

        return new WeightedArticle(vector.Ids, weights, idfs, channels, Sqrt(norms));
    }

    private double[] Norms(FeatureMap features)
    {
        var norms = new double[FeatureSpace.Channels];
        foreach (var (id, w) in features)
        {
            var x = w * space.Idf(id, out var channel);
            norms[channel] += x * x;
        }

        return Sqrt(norms);
    }

    private static double[] Sqrt(double[] squares)
    {
        for (var c = 0; c < squares.Length; c++)
        {
            squares[c] = Math.Sqrt(squares[c]);
        }

        return squares;
    }

    /// <summary>
    /// Cosine per channel (body words, title words, names, numbers), averaged with the channel
    /// weights over the channels both sides have: a shared name counts as a name, however long the
    /// bodies around it are, and a channel one side lacks (no title, no numbers) says nothing about
    /// the event rather than counting as a mismatch (measured on both sets).
    /// </summary>
    private double Combine(ReadOnlySpan<double> dots, double[] a, double[] b)
    {
        double sum = 0, total = 0;
        for (var c = 0; c < dots.Length; c++)
        {
            if (a[c] == 0 || b[c] == 0)
            {
                continue;
            }

            var weight = ChannelWeight(c);
            total += weight;
            sum += weight * dots[c] / (a[c] * b[c]);
        }

        return total == 0 ? 0 : sum / total;
    }

    private double ChannelWeight(int channel) => channel switch
    {
        FeatureSpace.TitleChannel => Options.TitleWeight,
        FeatureSpace.NameChannel => Options.NameWeight,
        FeatureSpace.NumberChannel => Options.NumberWeight,
        _ => 1.0,
    };

    /// <summary>
    /// The stories that share the most of the article's strongest features, counted on the stories
    /// themselves (a mark per pass) rather than in a table built per article. <paramref name="exclude"/> is a
    /// story looking for others, whose own features find only itself.
    /// </summary>
    private List<ActiveStory> Candidates(WeightedArticle article, IReadOnlyCollection<string>? shares, int exclude = -1)
    {
        var round = ++pass;
        candidates.Clear();
        void Hit(ActiveStory story, bool shared)
        {
            if (story.Mark != round)
            {
                story.Mark = round;
                story.Hits = 0;
                candidates.Add(story);
            }

            story.Hits = shared ? int.MaxValue : story.Hits + 1;
        }

        // The strongest features that some story holds: a feature no story has cannot find one.
        var used = 0;
        foreach (var key in HeaviestFirst(article.Weights))
        {
            if (used == Options.CandidateTerms)
            {
                break;
            }

            var i = (int)(key & uint.MaxValue);
            var list = postings.Of(article.Ids[i]);
            if (list.IsEmpty)
            {
                continue;
            }

            var read = 0;
            for (var p = list.Length - 1; p >= 0 && read < Options.MaxPostingsPerTerm; p--)
            {
                if (Live(list[p]) is { } story && story.Key != exclude)
                {
                    Hit(story, shared: false);
                    read++;
                }
            }

            used += read > 0 || exclude < 0 ? 1 : 0;
        }

        foreach (var id in shares ?? [])
        {
            if (articleStory.TryGetValue(id, out var key) && Live(key) is { } live)
            {
                Hit(live, shared: true); // text reuse makes a story a candidate whatever its words
            }
        }

        // Most hits first, then the newest story: one number per story, sorted without a comparer, as a
        // full pool gives an article hundreds of stories sharing a word or two.
        var order = new long[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = ~(((long)candidates[i].Hits << 32) | (uint)candidates[i].Key);
        }

        Array.Sort(order);
        var best = new List<ActiveStory>(Math.Min(order.Length, Options.MaxCandidates));
        for (var i = 0; i < best.Capacity; i++)
        {
            best.Add(active[(int)(~order[i] & uint.MaxValue)]);
        }

        return best;
    }

    // centroid: false leaves the centroid out, for the members' score only (-∞ when the story has none).
    /// <summary>
    /// The indexes of non-negative weights, heaviest first and the lower index on a tie, each in the low 32 bits
    /// of the number returned: one number a feature, sorted without a comparer, as their bits order as the
    /// weights do (the features' ids ascend with the index, so the index breaks ties as the id would).
    /// </summary>
    internal static long[] HeaviestFirst(float[] weights)
    {
        var keys = new long[weights.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            keys[k] = ((long)(int.MaxValue - (BitConverter.SingleToInt32Bits(weights[k]) & int.MaxValue)) << 32) | (uint)k;
        }

        Array.Sort(keys);
        return keys;
    }

    private double Score(WeightedArticle article, ActiveStory story, DateOnly? date, IReadOnlyCollection<string>? shares, bool members, bool centroid = true)
    {
        var cosine = centroid ? CentroidCosine(article, story) : double.NegativeInfinity;
        foreach (var member in members ? story.Recent : [])
        {
            cosine = Math.Max(cosine, Options.MemberLinkWeight * Cosine(article, member));
        }

        if (double.IsNegativeInfinity(cosine))
        {
            return cosine;
        }

        if (shares is { Count: > 0 } && shares.Any(id => articleStory.TryGetValue(id, out var key) && Resolve(key) == story.Key))
        {
            cosine += Options.SharedPassageBonus;
        }

        return cosine * TimeFactor(story.DaysFrom(date));
    }

    private double CentroidCosine(WeightedArticle article, ActiveStory story)
    {
        Span<double> dots = stackalloc double[FeatureSpace.Channels];
        for (var i = 0; i < article.Ids.Length; i++)
        {
            if (story.Centroid.TryGetValue(article.Ids[i], out var c))
            {
                dots[article.Channels[i]] += article.Weights[i] * c * article.Idfs[i];
            }
        }

        return Combine(dots, article.Norms, story.Norms);
    }

    private double Cosine(WeightedArticle article, RecentMember member)
    {
        // The hottest loop of the stream (every leading candidate's recent members): arrays in locals, so the
        // merge of the two sorted id lists reads no object fields per step, and no feature statistics at all.
        Span<double> dots = stackalloc double[FeatureSpace.Channels];
        var (ids, weights) = (member.Ids, member.Weights);
        var (articleIds, articleWeights, articleChannels) = (article.Ids, article.Weights, article.Channels);
        var j = 0;
        for (var i = 0; i < ids.Length && j < articleIds.Length; i++)
        {
            var id = ids[i];
            while (j < articleIds.Length && articleIds[j] < id)
            {
                j++;
            }

            if (j < articleIds.Length && articleIds[j] == id)
            {
                dots[articleChannels[j]] += weights[i] * articleWeights[j];
            }
        }

        return Combine(dots, article.Norms, member.Norms);
    }

    private double CentroidCosine(ActiveStory a, ActiveStory b)
    {
        var (small, large) = a.Centroid.Count <= b.Centroid.Count ? (a, b) : (b, a);
        var dots = new double[FeatureSpace.Channels];
        foreach (var (id, w) in small.Centroid)
        {
            if (large.Centroid.TryGetValue(id, out var v))
            {
                var idf = space.Idf(id, out var channel);
                dots[channel] += w * v * idf * idf;
            }
        }

        var time = TimeFactor(Math.Min(a.DaysFrom(b.FirstDate), a.DaysFrom(b.LastDate)));
        return Combine(dots, a.Norms, b.Norms) * time;
    }

    private double TimeFactor(double days) => Math.Max(Options.TimeFloor, Math.Pow(0.5, days / Options.TimeHalfLifeDays));

    private void Join(ActiveStory story, SparseVector vector, RecentMember member, DateOnly? date)
    {
        for (var i = 0; i < vector.Ids.Length; i++)
        {
            AddFeature(story, vector.Ids[i], vector.Weights[i]);
        }

        story.Size++;
        story.Widen(date);
        story.Recent.Enqueue(member);
        if (story.Recent.Count > Options.RecentMembers)
        {
            story.Recent.Dequeue();
        }

        Touch(story);
    }

    private void Merge(ActiveStory into, ActiveStory from)
    {
        foreach (var (id, w) in from.Centroid)
        {
            AddFeature(into, id, w);
        }

        into.Size += from.Size;
        into.Widen(from.FirstDate);
        into.Widen(from.LastDate);
        active.Remove(from.Key);
        mergedInto[from.Key] = into.Key;
        into.Members.AddRange(from.Members);
    }

    private void AddFeature(ActiveStory story, int id, float weight)
    {
        ref var value = ref story.Centroid.GetValueRefOrAddDefault(id, out var had);
        value += weight;
        if (had)
        {
            return;
        }

        if (postings.Add(id, story.Key) > 2 * Options.MaxPostingsPerTerm)
        {
            // keep the most recent live stories only: old ones stay reachable through their rarer features
            Compact(id, Options.MaxPostingsPerTerm, trim: false);
        }
    }

    /// <summary>
    /// Rewrites a postings list in place as the active stories it points at, each once where it first
    /// appears, keeping the last <paramref name="keep"/>: linear, without building a list per call.
    /// </summary>
    private void Compact(int feature, int keep, bool trim)
    {
        var list = postings.Of(feature);
        var round = ++pass;
        var count = 0;
        for (var i = 0; i < list.Length; i++)
        {
            if (Live(list[i]) is { } story && story.Mark != round)
            {
                story.Mark = round;
                list[count++] = story.Key;
            }
        }

        var start = Math.Max(0, count - keep);
        postings.Keep(feature, start, count - start, trim);
    }

    private void Touch(ActiveStory story)
    {
        if (story.Centroid.Count > 2 * Options.MaxStoryFeatures)
        {
            var keep = story.Centroid
                .OrderByDescending(kv => kv.Value * space.Idf(kv.Key))
                .ThenBy(kv => kv.Key)
                .Take(Options.MaxStoryFeatures)
                .ToList();
            story.Centroid.Clear();
            foreach (var (id, w) in keep)
            {
                story.Centroid[id] = w;
            }
        }

        story.Norms = Norms(story.Centroid);
        story.LastUpdate = position;
        updates.Enqueue((position, story.Key));
        if (updates.Count > (4 * active.Count) + 1024)
        {
            // Stale entries pile up behind a long-lived story at the head; keep each active story's latest only.
            var current = updates.Where(u => active.TryGetValue(u.Key, out var s) && s.LastUpdate == u.Update).ToList();
            updates.Clear();
            foreach (var entry in current)
            {
                updates.Enqueue(entry);
            }

            updates.TrimExcess();
        }
    }

    private void Retire()
    {
        while (updates.TryPeek(out var oldest))
        {
            if (!active.TryGetValue(oldest.Key, out var story) || story.LastUpdate != oldest.Update)
            {
                updates.Dequeue(); // superseded by a later update, or the story is gone
                continue;
            }

            var idle = clock is { } now && story.LastDate is { } last && now.DayNumber - last.DayNumber > IdleLimit(story);
            if (!idle && active.Count <= Options.MaxActiveStories)
            {
                break;
            }

            updates.Dequeue();
            if (Options.SecondLookOnRetire && JoinNearest(story))
            {
                continue;
            }

            active.Remove(story.Key);
            HandOut(story);
        }
    }

    /// <summary>
    /// A retired story's membership goes to the sink and its articles leave the stream's memory, or,
    /// without a sink, is kept for <see cref="Snapshot"/>.
    /// </summary>
    private void HandOut(ActiveStory story)
    {
        var final = Final(story);
        if (retired is null)
        {
            kept.Add(final);
            return;
        }

        foreach (var id in final.Story.ArticleIds)
        {
            articleStory.Remove(id);
        }

        retired(final.Story);
    }

    /// <summary>
    /// After the frequencies decayed: postings keep only the stories still active, and the features no
    /// active story holds any more and whose count decayed to nothing leave the vocabulary with their postings.
    /// </summary>
    // Runs once per frequency half-life, so tiered compilation never promotes it: its loops over the whole vocabulary
    // ran as unoptimised code until on-stack replacement caught up (about 4% of a stream at the pool's limit, under 1% compiled at once; profiled).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Forget()
    {
        // What the active stories hold, read from the stories themselves (a long postings list may have dropped some);
        // feature ids are dense, so a flag per id rather than a set.
        var held = new bool[space.Capacity];
        foreach (var story in active.Values)
        {
            foreach (var id in story.Centroid.Keys)
            {
                held[id] = true;
            }

            foreach (var member in story.Recent)
            {
                foreach (var id in member.Ids)
                {
                    held[id] = true;
                }
            }
        }

        for (var id = 0; id < postings.Capacity; id++)
        {
            if (postings.Of(id).IsEmpty)
            {
                continue;
            }

            if (id < held.Length && held[id])
            {
                Compact(id, int.MaxValue, trim: true);
            }
            else
            {
                postings.Keep(id, 0, 0, trim: true);
            }
        }

        space.Forget(id => held[id]);
        if (retired is not null)
        {
            // Every key held now points at an active story (postings were just compacted, slots are
            // rewritten here, stale queue entries are skipped anyway): the merge table can go.
            foreach (var (id, key) in articleStory.ToList())
            {
                articleStory[id] = Resolve(key);
            }

            mergedInto.Clear();
            mergedInto.TrimExcess();
        }
    }

    /// <summary>
    /// Days a story may stay idle before it retires: the option's days for a single report, times the
    /// square of its size, since an event many outlets covered is the one that gets follow-ups months
    /// later (measured on giveme5w1h), while the singletons that make up most of a stream leave soon.
    /// </summary>
    private double IdleLimit(ActiveStory story) => Options.RetireAfterDays * story.Size * (double)story.Size;

    /// <summary>The key a story key stands for now: itself, or the story it was merged into (merges chain).</summary>
    private int Resolve(int key)
    {
        while (mergedInto.TryGetValue(key, out var into))
        {
            key = into;
        }

        return key;
    }

    /// <summary>The active story a key stands for, or null when it retired. Most keys read are active or retired, not merged.</summary>
    private ActiveStory? Live(int key) =>
        active.TryGetValue(key, out var story) ? story
        : mergedInto.Count > 0 && mergedInto.ContainsKey(key) ? active.GetValueOrDefault(Resolve(key))
        : null;
}

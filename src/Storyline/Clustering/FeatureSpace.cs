using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Storyline.Documents;

namespace Storyline.Clustering;

/// <summary>An article as the clusterer sees it: weighted features, unit length before IDF.</summary>
/// <param name="Ids">Feature ids, ascending.</param>
/// <param name="Weights">Their weights (term frequency, damped, times the feature kind's weight).</param>
internal sealed record SparseVector(int[] Ids, float[] Weights);

/// <summary>
/// The features of articles and what the stream has learned of them: a vocabulary of stemmed content
/// words, folded names, numbers and dates, and each feature's document frequency, counted online as
/// articles arrive (so IDF needs no second pass and no corpus prepared in advance). On a long stream
/// the frequencies decay (halved every <see cref="ClusteringOptions.FrequencyHalfLifeDocuments"/> articles)
/// and features whose count decayed to nothing are forgotten unless an active story holds them, so the
/// vocabulary is bounded by the recent stream and the active pool rather than growing with every new word.
/// </summary>
internal sealed class FeatureSpace(ClusteringOptions options)
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    // One reader per language met, each with the keys of the surface words it has read (the same spelling is another
    // word in another language); the article being read picks its language's.
    private readonly Dictionary<string, (TextWords Words, Dictionary<string, WordKeys> Keys)> readers = new(StringComparer.Ordinal);
    private (TextWords Words, Dictionary<string, WordKeys> Keys) reader;
    private readonly Stack<int> freeIds = new();
    private readonly Dictionary<int, double> raw = [];
    private int learnedSinceDecay;

    public int Documents { get; private set; }

    /// <summary>Features in the vocabulary now.</summary>
    public int Vocabulary => vocabulary.Count;

    /// <summary>One more than the highest feature id in use (ids are dense: forgotten ones are reused).</summary>
    public int Capacity => count;

    /// <summary>True once the frequencies decayed and the features left with no count wait for <see cref="Forget"/>.</summary>
    public bool ForgetDue { get; private set; }

    /// <summary>Feature channels, each compared on its own: body words, title words, names, numbers and dates.</summary>
    public const int Channels = 4;

    public const int BodyChannel = 0;

    public const int TitleChannel = 1;

    public const int NameChannel = 2;

    public const int NumberChannel = 3;

    /// <summary>
    /// What the stream knows of one feature, in one place: scoring reads a feature's IDF and channel
    /// together for every feature of every candidate, and the vocabulary runs to hundreds of thousands
    /// of features, so one random read a feature rather than one per fact (measured on the scale bench).
    /// </summary>
    private struct Stats
    {
        public int Frequency;
        public float Idf;
        public int IdfAtDocuments;
        public int IdfAtFrequency;
        public byte Channel;
    }

    private Stats[] stats = new Stats[1024];
    private int count;

    public int Channel(int id) => stats[id].Channel;

    /// <summary>A feature's <see cref="Idf(int)"/> and its <see cref="Channel"/>, read together.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // as Idf(int)
    public float Idf(int id, out int channel)
    {
        channel = stats[id].Channel;
        return Idf(id);
    }

    /// <summary>
    /// Inverse document frequency, ln((N + B + 1) / (df + 0.5)) floored at 0, where B is a background
    /// of documents assumed not to hold the feature: on a long stream a word in every other article
    /// weighs next to nothing, while in a batch of five reports of one event the names they all share
    /// still count. Cached until N or df moved by more than 1%, since a stream asks
    /// for the same features many times between two changes that matter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the cached path runs for every feature of every candidate
    public float Idf(int id)
    {
        ref var s = ref stats[id];
        return s.IdfAtDocuments > 0 && Documents - s.IdfAtDocuments <= s.IdfAtDocuments / 100 && s.Frequency - s.IdfAtFrequency <= s.IdfAtFrequency / 100
            ? s.Idf
            : Recompute(ref s);
    }

    private float Recompute(ref Stats s)
    {
        s.Idf = (float)Math.Max(0.0, Math.Log((Documents + options.BackgroundDocuments + 1.0) / (s.Frequency + 0.5)));
        s.IdfAtDocuments = Documents;
        s.IdfAtFrequency = s.Frequency;
        return s.Idf;
    }

    /// <summary>Reads an article's features and, when <paramref name="learn"/>, counts them into the document frequencies.</summary>
    public SparseVector Observe(AnnotatedArticle article, bool learn = true)
    {
        // One table for every article, cleared: it enumerates in insertion order as a new one would.
        raw.Clear();
        // The language the text reads as; when that is undecidable (a short text), the one the source declared.
        reader = Reader(article.Annotations.Language is "und" ? article.Article.Language : article.Annotations.Language);
        var title = TextWords.Split(article.Article.Title ?? "", int.MaxValue);
        AddWords(raw, title, null, 't');
        var (body, core) = Body(article.Article.Text, title);
        AddWords(raw, body, core, 'w');
        AddAnnotations(raw, article.Annotations);

        var ids = new int[raw.Count];
        var weights = new float[raw.Count];
        var n = 0;
        double norm = 0;
        foreach (var (id, tf) in raw)
        {
            stats[id].Frequency += learn ? 1 : 0;
            ids[n] = id;
            weights[n] = (float)(1 + Math.Log(1 + tf));
            norm += (double)weights[n] * weights[n];
            n++;
        }

        if (learn)
        {
            Documents++;
            Decay();
        }

        Array.Sort(ids, weights);
        var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] *= scale;
        }

        return new SparseVector(ids, weights);
    }

    /// <summary>
    /// Halves every document frequency and the document count once per half-life of articles: IDF keeps
    /// its ratios, while a feature seen once long ago decays to no count and becomes forgettable.
    /// </summary>
    private void Decay()
    {
        if (options.FrequencyHalfLifeDocuments <= 0 || ++learnedSinceDecay < options.FrequencyHalfLifeDocuments)
        {
            return;
        }

        learnedSinceDecay = 0;
        Documents /= 2;
        for (var id = 0; id < count; id++)
        {
            ref var s = ref stats[id];
            s.Frequency /= 2;
            (s.Idf, s.IdfAtDocuments, s.IdfAtFrequency) = (0, 0, 0); // the counts moved under the cache
        }

        ForgetDue = true;
    }

    /// <summary>
    /// Drops the features whose count decayed to nothing and that no active story holds (<paramref name="held"/>):
    /// they carry no signal, and when one comes back it is weighed as the new feature it is. Their ids are reused.
    /// </summary>
    /// <returns>The features forgotten.</returns>
    public int Forget(Func<int, bool> held)
    {
        ForgetDue = false;
        var gone = vocabulary.Where(kv => stats[kv.Value].Frequency == 0 && !held(kv.Value)).ToList();
        foreach (var (key, id) in gone)
        {
            vocabulary.Remove(key);
            freeIds.Push(id);
        }

        if (gone.Count > 0)
        {
            foreach (var (_, keys) in readers.Values)
            {
                keys.Clear(); // the caches may point at ids just freed
            }

            vocabulary.TrimExcess();
        }

        return gone.Count;
    }

    /// <summary>The id of a feature key ("w" + stem, "t" + stem, "n" + name, "d" + number), added to the vocabulary when new.</summary>
    private int Intern(string key)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(vocabulary, key, out var known);
        if (!known)
        {
            var channel = key[0] switch { 't' => TitleChannel, 'n' => NameChannel, 'd' => NumberChannel, _ => BodyChannel };
            if (!freeIds.TryPop(out id))
            {
                id = count++;
                if (id == stats.Length)
                {
                    Array.Resize(ref stats, stats.Length * 2);
                }
            }

            stats[id] = new Stats { Channel = (byte)channel };
        }

        return id;
    }

    /// <summary>
    /// The body's words, paragraph by paragraph up to <see cref="ClusteringOptions.MaxBodyWords"/>, each with the
    /// weight of its paragraph in the article's coherent core (<see cref="CoherentCore"/>).
    /// </summary>
    private (List<TextWord> Words, double[]? Weights) Body(string text, List<TextWord> title)
    {
        // With coherence weighting off every paragraph weighs 1, so the paragraphs' ids are not read:
        // the words are interned in the same order when their features are added, so ids do not change.
        var weighted = options.CoherenceFloor < 1;
        var words = new List<TextWord>();
        var paragraphs = new List<int[]>();
        var counts = new List<int>();
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var split = TextWords.Split(paragraph, options.MaxBodyWords - words.Count);
            if (split.Count == 0)
            {
                continue;
            }

            words.AddRange(split);
            counts.Add(split.Count);
            if (weighted)
            {
                paragraphs.Add([.. split.Select(w => Keys(w.Text).Body)]);
            }

            if (words.Count >= options.MaxBodyWords)
            {
                break;
            }
        }

        if (!weighted)
        {
            return (words, null);
        }

        var titleIds = title.Select(w => Keys(w.Text).Body).Where(id => id >= 0).ToList();
        var core = CoherentCore.Weights(paragraphs, titleIds, options.CoherenceFloor);
        var weights = new double[words.Count];
        var at = 0;
        for (var p = 0; p < counts.Count; p++)
        {
            Array.Fill(weights, core[p], at, counts[p]);
            at += counts[p];
        }

        return (words, weights);
    }

    /// <summary>Words of a text as features: content-word stems under <paramref name="kind"/> ('t' title, 'w' body), names and numbers.</summary>
    private void AddWords(Dictionary<int, double> raw, List<TextWord> split, double[]? weights, char kind)
    {
        for (var i = 0; i < split.Count; i++)
        {
            var word = split[i].Text;
            var position = (weights?[i] ?? 1.0) / (1.0 + (i / 300.0)); // the lead weighs more than the tail
            var keys = Keys(word);
            if (keys.Body >= 0)
            {
                Add(raw, kind == 't' ? keys.Title : keys.Body, position);
            }

            if (keys.Name < 0)
            {
                continue;
            }

            if (keys.IsNumber)
            {
                Add(raw, keys.Name, position);
                continue;
            }

            // A capital that opens a sentence says nothing, unless the word is capitalised mid-sentence elsewhere
            // (a name's first letter is a capital, so the same word mid-sentence is capitalised too).
            if (!split[i].SentenceStart || MidSentence(split, word))
            {
                Add(raw, keys.Name, position);
            }
        }
    }

    /// <summary>
    /// True when the word occurs somewhere not opening a sentence: a scan rather than a set, as only
    /// the few sentence openers that may be names ask.
    /// </summary>
    private static bool MidSentence(List<TextWord> split, string word)
    {
        foreach (var w in split)
        {
            if (!w.SentenceStart && string.Equals(w.Text, word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Feature ids of a surface word; -1 where it has none.</summary>
    private readonly record struct WordKeys(int Body, int Title, int Name, bool IsNumber);

    private (TextWords Words, Dictionary<string, WordKeys> Keys) Reader(string? language)
    {
        var code = options.LanguageWords ? TextWords.Code(language) : "en";
        if (!readers.TryGetValue(code, out var found))
        {
            readers[code] = found = (TextWords.For(code), new Dictionary<string, WordKeys>(StringComparer.Ordinal));
        }

        return found;
    }

    /// <summary>The feature keys of a surface word, cached: a stream repeats its vocabulary, and stemming and folding are the cost of reading.</summary>
    private WordKeys Keys(string word)
    {
        var (words, wordKeys) = reader;
        if (wordKeys.TryGetValue(word, out var keys))
        {
            return keys;
        }

        if (wordKeys.Count > 200_000)
        {
            wordKeys.Clear(); // bounded memory on an endless stream
        }

        if (char.IsDigit(word[0]))
        {
            var number = word.Replace(",", "", StringComparison.Ordinal);
            keys = new WordKeys(-1, -1, number.Length >= 2 ? Intern("d" + number) : -1, IsNumber: true);
        }
        else
        {
            var lower = word.ToLowerInvariant();
            var content = lower.Length >= 2 && !words.IsFunctionWord(lower);
            var stem = content ? words.Stem(lower) : null;
            var name = content && char.IsUpper(word[0]) ? Intern("n" + TextWords.FoldName(word)) : -1;
            keys = stem is null ? new WordKeys(-1, -1, name, false) : new WordKeys(Intern("w" + stem), Intern("t" + stem), name, false);
        }

        wordKeys[word] = keys;
        return keys;
    }

    /// <summary>What the Language stage found, when it ran: entity names and calendar dates meet across languages.</summary>
    private void AddAnnotations(Dictionary<int, double> raw, ArticleAnnotations annotations)
    {
        foreach (var entity in annotations.Entities)
        {
            var mentions = Math.Min(3, Math.Max(1, entity.MentionCount));
            foreach (var part in entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var folded = TextWords.FoldName(part);
                if (folded.Length >= 2 && !TextWords.IsStopWord(folded))
                {
                    Add(raw, Intern("n" + folded), mentions);
                }
            }
        }

        foreach (var date in annotations.Dates.Where(d => d.Precision == DatePrecision.Day))
        {
            Add(raw, Intern("d" + date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), 1);
        }

        foreach (var number in annotations.Numbers.Where(n => Math.Abs(n.Value) >= 10))
        {
            Add(raw, Intern("d" + number.Value.ToString("R", CultureInfo.InvariantCulture)), 1);
        }
    }

    private static void Add(Dictionary<int, double> raw, int key, double weight)
    {
        ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(raw, key, out _);
        value += weight;
    }
}

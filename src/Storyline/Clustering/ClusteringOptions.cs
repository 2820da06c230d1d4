namespace Storyline.Clustering;

/// <summary>Options of the Clustering stage. Defaults are the measured best settings (bench task <c>clustering</c>).</summary>
public sealed record ClusteringOptions
{
    /// <summary>The defaults.</summary>
    public static ClusteringOptions Default { get; } = new();

    /// <summary>
    /// Similarity from which an article joins a story rather than opening a new one. Default 0.22 (with
    /// <see cref="MemberLinkWeight"/> 0.9; from 0.2 and 1, measured in session 5: giveme5w1h BCubed F1 0.9479 → 0.9539,
    /// Multi-News 0.8987 → 0.9014, its even half unchanged at 0.8919 and its odd half 0.9176 → 0.9221, the CI subsets unchanged).
    /// </summary>
    public double JoinSimilarity { get; init; } = 0.22;

    /// <summary>Lower similarity from which an article still joins its best story when that story leads the runner-up by <see cref="JoinMargin"/>. Default 0.1.</summary>
    public double LeadingJoinSimilarity { get; init; } = 0.1;

    /// <summary>Factor by which the best story's similarity must exceed the runner-up's to join from <see cref="LeadingJoinSimilarity"/>; 0 turns this off. Default 3.</summary>
    public double JoinMargin { get; init; } = 3;

    /// <summary>Centroid similarity from which stories that all stand out of an article's candidates are merged as it joins the best; 0 turns this off. Default 0.15.</summary>
    public double LeaderMergeSimilarity { get; init; } = 0.15;

    /// <summary>
    /// When clustering a batch, the active stories are re-linked once all articles are in (<see cref="StoryStream.Relink"/>):
    /// a story merges into the one it resembles most from this centroid similarity when that leads the runner-up by
    /// <see cref="JoinMargin"/> (from <see cref="MergeSimilarity"/> in any case); 0 turns the pass off. Default 0.15.
    /// </summary>
    public double RelinkSimilarity { get; init; } = 0.15;

    /// <summary>
    /// When the active stories are re-linked, a small story joins the story its articles resemble most (scored as arriving
    /// articles are) from this similarity when that leads the runner-up by <see cref="JoinMargin"/>; 0 turns the second look off. Default 0.12.
    /// </summary>
    public double SecondLookSimilarity { get; init; } = 0.12;

    /// <summary>Factor by which a small story's best story must lead the runner-up in the second look (<see cref="SecondLookSimilarity"/>). Default 1.75.</summary>
    public double SecondLookMargin { get; init; } = 1.75;

    /// <summary>
    /// Rounds of the fit look that follows the second look when the active stories are re-linked: a story of one article
    /// joins the candidate it fits best, its score divided by the candidate's cohesion (how well the candidate's own members
    /// score against it, each with itself taken out), when the fit reaches <see cref="FitLookBar"/> and leads the runner-up's
    /// by <see cref="FitLookMargin"/>; 0 turns it off. Default 2 (docs/clustering.md): Multi-News BCubed F1 0.9022 → 0.9041,
    /// its even half 0.8919 → 0.8983, its odd half, giveme5w1h and the CI subsets unchanged; in three other stream orders
    /// every set rose or held (measured).
    /// </summary>
    public int FitLookRounds { get; init; } = 2;

    /// <summary>Least fit (score over the story's cohesion) from which a lone story joins in the fit look (<see cref="FitLookRounds"/>). Default 0.7.</summary>
    public double FitLookBar { get; init; } = 0.7;

    /// <summary>Factor by which the best fit must exceed the runner-up's in the fit look (<see cref="FitLookRounds"/>). Default 1.5.</summary>
    public double FitLookMargin { get; init; } = 1.5;

    /// <summary>
    /// When clustering a batch, the articles with no time at all (no publication date, no dated article they share text
    /// with) go into the stream before the dated ones rather than after. Last, they met only the stories still active at
    /// the end: those of the newest dates, as the others had retired. First, they open or join stories without a date,
    /// which idleness does not retire, so every dated report of their event can still find them. A batch wholly dated or
    /// wholly undated is fed as before. Default true: Multi-News BCubed F1 0.8931 → 0.8987, its halves 0.8894 → 0.8919
    /// and 0.9090 → 0.9176, giveme5w1h (all dated) unchanged, though the Multi-News CI subset of 60 stories fell 0.9345 → 0.9321 (measured).
    /// </summary>
    public bool UndatedFirst { get; init; } = true;

    /// <summary>Largest story that takes the second look (<see cref="SecondLookSimilarity"/>). Default 1.</summary>
    public int SecondLookMaxSize { get; init; } = 1;

    /// <summary>
    /// A small story (up to <see cref="SecondLookMaxSize"/>) about to retire (idle, or past the pool's size limit) takes the
    /// second look first and joins its nearest story rather than retire when the rule holds: in a live stream there is no
    /// end of a batch, so otherwise a lone report never meets the reports of its event that came after it. Default true.
    /// </summary>
    public bool SecondLookOnRetire { get; init; } = true;

    /// <summary>Similarity of two stories' centroids from which they are merged into one. Default 0.3.</summary>
    public double MergeSimilarity { get; init; } = 0.3;

    /// <summary>Similarity to the article from which another candidate story is checked for a merge with the one it joined. Default 0.1.</summary>
    public double MergeCandidateSimilarity { get; init; } = 0.1;

    /// <summary>Weight of the name channel (people, organisations, places; capitalised words when no entities are annotated) against the body-word channel. Default 0.5.</summary>
    public double NameWeight { get; init; } = 0.5;

    /// <summary>Weight of the channel of numbers and calendar dates against the body-word channel. Default 0.2.</summary>
    public double NumberWeight { get; init; } = 0.2;

    /// <summary>Weight of the title-word channel (titles matched against titles) against the body-word channel. Default 1.</summary>
    public double TitleWeight { get; init; } = 1;

    /// <summary>
    /// Read an article's words in its language (as the Language stage identified it): that language's Snowball stemmer and
    /// function words (Lucene's lists, besides the English ones) for German, French, Spanish, Italian, Portuguese, Dutch and
    /// Russian; English for the rest. False reads every article as English. Default true (see docs/clustering.md, "Languages").
    /// </summary>
    public bool LanguageWords { get; init; } = true;

    /// <summary>Body words read per article; leads carry the story, page debris sits at the end. Default 600.</summary>
    public int MaxBodyWords { get; init; } = 600;

    /// <summary>
    /// Weight of a body paragraph that shares no content word with the title or the other paragraphs (scraped furniture
    /// rather than the report); a paragraph whose every word recurs weighs 1, the others in between (<see cref="CoherentCore"/>). 1 turns this off. Default 1: on giveme5w1h it raised BCubed F1 by 0.002 but lowered the CI subset by 0.018 (measured), too unsteady to keep on.
    /// </summary>
    public double CoherenceFloor { get; init; } = 1;

    /// <summary>
    /// Days of distance between an article and a story's dates at which similarity is halved; closer
    /// in time counts for more, but reports of one event can come months apart. Default 30.
    /// </summary>
    public double TimeHalfLifeDays { get; init; } = 30;

    /// <summary>
    /// The least the distance in time multiplies similarity by: a later report of a long-running event
    /// (a leak published again a year on, a trial months after the crime) still joins when it is
    /// clearly the same story, needing 1/floor times the similarity of a same-week report. Default 0.4.
    /// </summary>
    public double TimeFloor { get; init; } = 0.4;

    /// <summary>Similarity added when the Reuse stage found a passage the article shares with a story's article. Default 0.15.</summary>
    public double SharedPassageBonus { get; init; } = 0.15;

    /// <summary>
    /// A story of one article that received no other for this many days (of stream time) retires from the
    /// active pool; a story of n articles stays n² times as long, as big events get late follow-ups that
    /// <see cref="TimeFloor"/> lets join. <see cref="MaxActiveStories"/> bounds the pool on a busy stream. Default 30.
    /// </summary>
    public double RetireAfterDays { get; init; } = 30;

    /// <summary>The active pool's size limit: past it, the least recently updated stories retire. Default 20000.</summary>
    public int MaxActiveStories { get; init; } = 20000;

    /// <summary>
    /// Articles the pipeline takes in at a time when it groups a long input into a stream of stories (the `cluster`,
    /// `digest` and `ingest` commands): the input is cleaned a batch at a time in input order, and each batch (in time order
    /// for a longer input, see <see cref="OrderLongInput"/>) is understood on its own and scanned for reuse with the end of
    /// the previous one (<see cref="ReuseOverlapArticles"/>), then fed to the one stream in its time order, so memory
    /// holds a batch and the active pool rather than the whole input. An input up to this size is one batch, grouped exactly as a whole. Default 10000: `storyline cluster` then
    /// peaked at 2.6 GB on 42,920 articles and 3.0 GB on 107,300 (9.6 GB on the 42,920 read whole; docs/clustering.md).
    /// </summary>
    public int MaxBatchArticles { get; init; } = 10_000;

    /// <summary>
    /// When the pipeline takes an input longer than one batch (<see cref="MaxBatchArticles"/>), it cleans it a batch at a
    /// time in input order, spools the articles to a temporary file (TMPDIR) and reads them back in time order (the date
    /// the input gave or cleaning found; an undated article keeps its place after the dated one it followed), so memory
    /// still holds a batch and a position per article. Otherwise each batch is only sorted within itself, and an input
    /// that comes outlet by outlet meets each outlet's reports against stories the others' had retired. Default true:
    /// giveme5w1h in batches of 50 (bench clustering-order), BCubed F1 outlet by outlet 0.8779 → 0.9451 and shuffled
    /// 0.8749 → 0.9425, in date order 0.9403 either way (docs/clustering.md).
    /// </summary>
    public bool OrderLongInput { get; init; } = true;

    /// <summary>
    /// When the pipeline takes a long input in batches (<see cref="MaxBatchArticles"/>), the last articles of a batch (in
    /// input order) are scanned for text reuse again together with the next batch, so a copy that falls just past a batch
    /// boundary still finds the report it copied, and both the shared-passage bonus and the candidate it brings reach the
    /// stream (while that report's story is active). 0 turns it off. Default 1000, a tenth of a batch: on 42,920 repeated
    /// articles it found what 2500 found (BCubed F1 0.8269 without, 0.8289 with 1000, 0.8290 with 2500) for 5 s more rather than 12 s.
    /// </summary>
    public int ReuseOverlapArticles { get; init; } = 1000;

    /// <summary>When clustering a batch, learn document frequencies from the whole batch before the stream starts. Default true.</summary>
    public bool PrimeDocumentFrequencies { get; init; } = true;

    /// <summary>Recent members of a story an article is also compared with one by one (single link). Default 8.</summary>
    public int RecentMembers { get; init; } = 8;

    /// <summary>Factor on the best one-to-one member similarity before it competes with the centroid similarity; 0 turns single link off. Default 0.9 (see <see cref="JoinSimilarity"/>): one close report vouches a little less than the whole story does.</summary>
    public double MemberLinkWeight { get; init; } = 0.9;

    /// <summary>
    /// Documents assumed, besides those seen, not to hold a feature when computing its IDF: it keeps
    /// small batches from zeroing the words all their articles share. Default 50.
    /// </summary>
    public double BackgroundDocuments { get; init; } = 50;

    /// <summary>
    /// Articles after which the learned document frequencies (and the document count) are halved, so
    /// they reflect the recent stream; features whose count decayed to nothing and that no active story
    /// holds are then forgotten, which bounds the vocabulary on an endless stream. 0 keeps every count
    /// forever. Default 50000 (more than a batch usually holds, so batches are unaffected).
    /// </summary>
    public int FrequencyHalfLifeDocuments { get; init; } = 50_000;

    /// <summary>Highest-weighted features of an article used to look up candidate stories. Default 12.</summary>
    public int CandidateTerms { get; init; } = 12;

    /// <summary>Most recent stories read per candidate term. Default 200.</summary>
    public int MaxPostingsPerTerm { get; init; } = 200;

    /// <summary>Candidate stories scored in full per article. Default 30.</summary>
    public int MaxCandidates { get; init; } = 30;

    /// <summary>Features a story's centroid keeps; the weakest are pruned past twice this. Default 300.</summary>
    public int MaxStoryFeatures { get; init; } = 300;

    /// <summary>Dates outside this range of years are taken as unknown (a missing date rendered as 1900, a typo as 2200). Default 1970–2100.</summary>
    public int MinPlausibleYear { get; init; } = 1970;

    /// <summary>See <see cref="MinPlausibleYear"/>. Default 2100.</summary>
    public int MaxPlausibleYear { get; init; } = 2100;
}

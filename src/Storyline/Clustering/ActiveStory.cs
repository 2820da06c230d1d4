namespace Storyline.Clustering;

/// <summary>A story in the active pool: the centroid of its articles' features, its time span and its members.</summary>
internal sealed class ActiveStory(int key)
{
    public int Key { get; } = key;

    /// <summary>Sum of the member articles' unit vectors (before IDF).</summary>
    public FeatureMap Centroid { get; } = new();

    public int Size { get; set; }

    /// <summary>The most recent members' vectors, weighed as they arrived, for single-link matching.</summary>
    public Queue<RecentMember> Recent { get; } = new();

    /// <summary>The member articles as (arrival position, id); a merged-in story's members are appended after the story's own.</summary>
    public List<(long Position, string Id)> Members { get; } = [];

    public DateOnly? FirstDate { get; set; }

    public DateOnly? LastDate { get; set; }

    /// <summary>Stream position of the last article that joined, for least-recently-updated retirement.</summary>
    public long LastUpdate { get; set; }

    /// <summary>Length of the centroid with IDF applied, per feature channel, as of the last change.</summary>
    public double[] Norms { get; set; } = new double[FeatureSpace.Channels];

    /// <summary>Scratch mark of the stream's last pass that counted this story (candidate hits, de-duplicating postings).</summary>
    public long Mark { get; set; }

    /// <summary>Postings that pointed at this story in the pass of <see cref="Mark"/>.</summary>
    public int Hits { get; set; }

    public void Widen(DateOnly? date)
    {
        if (date is not { } d)
        {
            return;
        }

        FirstDate = FirstDate is { } f && f < d ? f : d;
        LastDate = LastDate is { } l && l > d ? l : d;
    }

    /// <summary>Days between a date and the story's span; 0 inside it or when either is undated.</summary>
    public double DaysFrom(DateOnly? date)
    {
        if (date is not { } d || FirstDate is not { } first || LastDate is not { } last)
        {
            return 0;
        }

        return d < first ? first.DayNumber - d.DayNumber : d > last ? d.DayNumber - last.DayNumber : 0;
    }
}

/// <summary>
/// A recent member of a story as it was weighed when it arrived: its features (ascending ids), their weights with the IDF
/// of that moment, and its length per channel. A member link compares an arriving article with the member as it was
/// read then, as the story's centroid keeps the raw counts its members brought. Re-weighing every member's every feature
/// with the current IDF at each link was the costliest step of a stream at its pool's size limit (some hundred scattered
/// reads of the vocabulary per member, five leading candidates of up to eight members each, for every article).
/// </summary>
internal sealed record RecentMember(int[] Ids, float[] Weights, double[] Norms);

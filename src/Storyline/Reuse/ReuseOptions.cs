namespace Storyline.Reuse;

/// <summary>Options of the Reuse stage. Defaults are the measured best settings (bench task <c>reuse</c>).</summary>
public sealed record ReuseOptions
{
    /// <summary>The defaults.</summary>
    public static ReuseOptions Default { get; } = new();

    /// <summary>Words per n-gram used as alignment seeds and as near-duplicate shingles. Default 5.</summary>
    public int GramLength { get; init; } = 5;

    /// <summary>
    /// An n-gram carried by more articles than this is site or wire boilerplate, not a passage
    /// anyone copied for its content, and is not used as a seed. Default 50.
    /// </summary>
    public int MaxGramArticles { get; init; } = 50;

    /// <summary>
    /// Largest gap in words, on either side, between two seeds of one alignment: it lets an edited
    /// word or a dropped sentence sit inside a passage. Default 60: a long sentence dropped from one
    /// copy split the passage in two at 40 (bench task <c>reuse</c>, seeds 5–11, mean passage
    /// precision / recall / occurrence recall 0.9358 / 0.9583 / 0.9805 at 40, 0.9719 / 0.9738 /
    /// 0.9862 at 60, 0.9730 / 0.9702 / 0.9839 at 70; the seeds' digest and both clustering sets unchanged).
    /// </summary>
    public int MaxSeedGap { get; init; } = 60;

    /// <summary>Fewest words two articles must share (covered by seeds) for a passage: a few sentences. Default 30.</summary>
    public int MinPassageWords { get; init; } = 30;

    /// <summary>
    /// Fewest words a further article must share with a passage that two others established, to be
    /// counted as carrying it (a copy that dropped a sentence of a short passage keeps only part of it).
    /// Alone, so few words make no passage. Default 15.
    /// </summary>
    public int MinCarrierWords { get; init; } = 15;

    /// <summary>Share of the aligned span that seeds must cover; lower lets heavier edits through. Default 0.5.</summary>
    public double MinSeedCoverage { get; init; } = 0.5;

    /// <summary>Shingle Jaccard similarity from which two whole articles are the same report. Default 0.7.</summary>
    public double NearDuplicateJaccard { get; init; } = 0.7;

    /// <summary>MinHash signature length (bands × rows). Default 16 bands of 4 rows.</summary>
    public int MinHashBands { get; init; } = 16;

    /// <summary>Rows per LSH band. Default 4.</summary>
    public int MinHashRows { get; init; } = 4;
}

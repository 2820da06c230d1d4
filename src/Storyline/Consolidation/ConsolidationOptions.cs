namespace Storyline.Consolidation;

/// <summary>Options of the Consolidation stage. Defaults are the measured best settings (bench: rouge, facts).</summary>
public sealed record ConsolidationOptions
{
    /// <summary>Summary length in words; the last sentence may run past it (a word limit such as ROUGE's -l cuts it).</summary>
    public int SummaryWords { get; init; } = 100;

    /// <summary>Cosine similarity (story TF-IDF) at which two sentences of different articles state one fact.</summary>
    public double AlignmentThreshold { get; init; } = 0.3;

    /// <summary>Cosine similarity at which two sentences are close enough for their numbers to be compared as one detail.</summary>
    public double DiscrepancyThreshold { get; init; } = 0.3;

    /// <summary>Cosine similarity above which two sentences, one negated and one not, contradict each other.</summary>
    public double ContradictionThreshold { get; init; } = 0.7;

    /// <summary>Cosine similarity to a sentence already in the summary at which a candidate is a repetition.</summary>
    public double RedundancyThreshold { get; init; } = 0.5;

    /// <summary>Bonus of a report's lead sentence in the summary; it decays as 1/(1+position).</summary>
    public double LeadBonus { get; init; } = 2.0;

    /// <summary>Exponent of the length penalty: concept gain is divided by words^this.</summary>
    public double LengthPenalty { get; init; } = 0.7;

    /// <summary>Bonus per extra article that states a candidate's fact.</summary>
    public double SupportWeight { get; init; } = 1.0;

    /// <summary>Shortest sentence the summary uses, in words.</summary>
    public int MinSummarySentenceWords { get; init; } = 8;

    /// <summary>Most facts stated by a single article listed in the brief (the corroborated ones are all listed).</summary>
    public int MaxSingleArticleFacts { get; init; } = 12;

    /// <summary>Most timeline events.</summary>
    public int MaxTimelineEvents { get; init; } = 40;

    /// <summary>The defaults.</summary>
    public static ConsolidationOptions Default { get; } = new();
}

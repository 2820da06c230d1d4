using System.Collections.Immutable;

namespace Storyline.Documents;

/// <summary>A summary sentence with every article that supports it.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="ArticleIds">Supporting articles.</param>
public sealed record SummarySentence(string Text, ImmutableArray<string> ArticleIds);

/// <summary>A dated event of a story.</summary>
/// <param name="Date">When it happened (first day of the period for coarser precision).</param>
/// <param name="Precision">How precisely <paramref name="Date"/> is known.</param>
/// <param name="Text">What happened: the sentence that dates it.</param>
/// <param name="ArticleIds">Articles that report it.</param>
public sealed record TimelineEvent(DateOnly Date, DatePrecision Precision, string Text, ImmutableArray<string> ArticleIds);

/// <summary>A named entity of a story, merged across its articles.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Aliases">Other names used for it.</param>
/// <param name="Roles">Roles given to it.</param>
/// <param name="ArticleIds">Articles that mention it.</param>
public sealed record StoryEntity(string Name, EntityType Type, ImmutableArray<string> Aliases, ImmutableArray<string> Roles, ImmutableArray<string> ArticleIds);

/// <summary>A quote of a story, merged across the articles that carry it.</summary>
/// <param name="Speaker">Canonical speaker name, or null.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="ArticleIds">Articles that carry it.</param>
public sealed record StoryQuote(string? Speaker, string Text, ImmutableArray<string> ArticleIds);

/// <summary>A statement aligned across articles.</summary>
/// <param name="Text">The statement, as its most representative article words it.</param>
/// <param name="ArticleIds">Articles that state it.</param>
/// <param name="IndependentSources">Articles that state it, counting once each shared wire passage and each outlet.</param>
public sealed record Fact(string Text, ImmutableArray<string> ArticleIds, int IndependentSources);

/// <summary>One version of a disputed detail.</summary>
/// <param name="Text">The version, as its articles word it.</param>
/// <param name="ArticleIds">Articles that give this version.</param>
public sealed record DiscrepancyVariant(string Text, ImmutableArray<string> ArticleIds);

/// <summary>A detail the sources disagree on.</summary>
/// <param name="About">What is disputed ("number of troops", "date of the talks").</param>
/// <param name="Variants">The versions.</param>
public sealed record Discrepancy(string About, ImmutableArray<DiscrepancyVariant> Variants);

/// <summary>A passage outlets copied from each other or from a wire agency.</summary>
/// <param name="Text">The passage.</param>
/// <param name="ArticleIds">Articles that carry it.</param>
/// <param name="CreditedTo">The agency it is credited to, or null.</param>
public sealed record ReusedPassage(string Text, ImmutableArray<string> ArticleIds, string? CreditedTo);

/// <summary>The consolidated account of a story.</summary>
/// <param name="StoryId">The story.</param>
/// <param name="Headline">The most representative title, or one composed from them.</param>
/// <param name="Summary">Cited summary sentences in reading order.</param>
/// <param name="Timeline">Dated events, earliest first.</param>
/// <param name="Entities">People, organisations and places.</param>
/// <param name="Quotes">Quotes with speakers.</param>
/// <param name="Facts">Aligned statements with independent-source counts.</param>
/// <param name="Discrepancies">Details the sources disagree on.</param>
/// <param name="ReusedPassages">Passages copied between outlets or from an agency.</param>
public sealed record Brief(
    string StoryId,
    string Headline,
    ImmutableArray<SummarySentence> Summary,
    ImmutableArray<TimelineEvent> Timeline,
    ImmutableArray<StoryEntity> Entities,
    ImmutableArray<StoryQuote> Quotes,
    ImmutableArray<Fact> Facts,
    ImmutableArray<Discrepancy> Discrepancies,
    ImmutableArray<ReusedPassage> ReusedPassages)
{
    /// <summary>Which outlet reports which fact (rows follow <see cref="Facts"/>).</summary>
    public CoverageMatrix Coverage { get; init; } = CoverageMatrix.Empty;

    /// <summary>The facts only one independent source reports (a method, so the JSON contract does not repeat them).</summary>
    public IEnumerable<Fact> SingleSourceFacts() => Facts.Where(f => f.IndependentSources == 1);
}

/// <summary>Which outlet reports which fact of a brief.</summary>
/// <param name="Outlets">The story's outlets (an article without an outlet stands for itself), columns of the matrix.</param>
/// <param name="Cells">One row per <see cref="Brief.Facts"/> entry, in the same order: true where the outlet reports the fact.</param>
public sealed record CoverageMatrix(ImmutableArray<string> Outlets, ImmutableArray<ImmutableArray<bool>> Cells)
{
    /// <summary>A matrix of no outlets and no facts.</summary>
    public static CoverageMatrix Empty { get; } = new([], []);
}

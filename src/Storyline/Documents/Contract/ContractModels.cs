
namespace Storyline.Documents.Contract;

// The shapes of the JSON contract (docs/json.md). They are the public face of a digest: the CLI's
// --json, `show`, and the web API all write exactly these, so a field is added, never renamed.

/// <summary>The top of a contract document.</summary>
public sealed record ContractDocument
{
    /// <summary>The contract version this document follows.</summary>
    public int Schema { get; init; } = ContractJson.SchemaVersion;

    /// <summary>The stories, largest first.</summary>
    public IReadOnlyList<ContractStory> Stories { get; init; } = [];
}

/// <summary>One story with its brief.</summary>
public sealed record ContractStory
{
    /// <summary>Stable story id.</summary>
    public required string Id { get; init; }

    /// <summary>The headline.</summary>
    public required string Headline { get; init; }

    /// <summary>The member articles, earliest first.</summary>
    public IReadOnlyList<ContractArticle> Articles { get; init; } = [];

    /// <summary>Cited summary sentences in reading order.</summary>
    public IReadOnlyList<ContractCitedText> Summary { get; init; } = [];

    /// <summary>Dated events, earliest first.</summary>
    public IReadOnlyList<ContractTimelineEvent> Timeline { get; init; } = [];

    /// <summary>People, organisations and places.</summary>
    public IReadOnlyList<ContractEntity> Entities { get; init; } = [];

    /// <summary>Quotes with their speakers.</summary>
    public IReadOnlyList<ContractQuote> Quotes { get; init; } = [];

    /// <summary>Aligned statements with independent-source counts.</summary>
    public IReadOnlyList<ContractFact> Facts { get; init; } = [];

    /// <summary>Details the sources disagree on.</summary>
    public IReadOnlyList<ContractDiscrepancy> Discrepancies { get; init; } = [];

    /// <summary>Passages copied between outlets or from an agency.</summary>
    public IReadOnlyList<ContractReusedPassage> ReusedPassages { get; init; } = [];
}

/// <summary>One article of a story.</summary>
public sealed record ContractArticle
{
    /// <summary>Content hash id.</summary>
    public required string Id { get; init; }

    /// <summary>The id the input gave it (JSON Lines id, or file name without extension).</summary>
    public required string SourceId { get; init; }

    /// <summary>The input's file name, for file input.</summary>
    public string? File { get; init; }

    /// <summary>The outlet.</summary>
    public string? Source { get; init; }

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The author line.</summary>
    public string? Byline { get; init; }

    /// <summary>Publication date, YYYY-MM-DD.</summary>
    public string? Published { get; init; }

    /// <summary>ISO 639-1 language code.</summary>
    public string? Language { get; init; }

    /// <summary>Canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>The clean body only: paragraphs separated by a blank line.</summary>
    public required string Text { get; init; }

    /// <summary>Blocks removed from the input, with reasons.</summary>
    public IReadOnlyList<ContractRemovedBlock> Removed { get; init; } = [];

    /// <summary>Agencies the article credits.</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];
}

/// <summary>A removed block.</summary>
/// <param name="Text">The removed text.</param>
/// <param name="Reason">The reason code.</param>
public sealed record ContractRemovedBlock(string Text, string Reason);

/// <summary>A text with the articles that support it.</summary>
/// <param name="Text">The text.</param>
/// <param name="Articles">Supporting article ids.</param>
public sealed record ContractCitedText(string Text, IReadOnlyList<string> Articles);

/// <summary>A dated event.</summary>
/// <param name="Date">YYYY-MM-DD (first day of the period for coarser precision).</param>
/// <param name="Precision">day, week, month, year or decade.</param>
/// <param name="Text">What happened.</param>
/// <param name="Articles">Articles that report it.</param>
public sealed record ContractTimelineEvent(string Date, string Precision, string Text, IReadOnlyList<string> Articles);

/// <summary>A named entity of a story.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">person, organization or place.</param>
/// <param name="Aliases">Other names used for it.</param>
/// <param name="Roles">Roles given to it.</param>
/// <param name="Articles">Articles that mention it.</param>
public sealed record ContractEntity(string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles, IReadOnlyList<string> Articles);

/// <summary>A quote.</summary>
/// <param name="Speaker">The speaker's canonical name, or null when unattributed.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Articles">Articles that carry it.</param>
public sealed record ContractQuote(string? Speaker, string Text, IReadOnlyList<string> Articles);

/// <summary>An aligned statement.</summary>
/// <param name="Text">The statement.</param>
/// <param name="Articles">Articles that state it.</param>
/// <param name="IndependentSources">Sources counted once per shared wire passage and per outlet.</param>
public sealed record ContractFact(string Text, IReadOnlyList<string> Articles, int IndependentSources);

/// <summary>A disputed detail.</summary>
/// <param name="About">What is disputed.</param>
/// <param name="Variants">The versions.</param>
public sealed record ContractDiscrepancy(string About, IReadOnlyList<ContractCitedText> Variants);

/// <summary>A reused passage.</summary>
/// <param name="Text">The passage.</param>
/// <param name="Articles">Articles that carry it.</param>
/// <param name="CreditedTo">The agency it is credited to, or null.</param>
public sealed record ContractReusedPassage(string Text, IReadOnlyList<string> Articles, string? CreditedTo);

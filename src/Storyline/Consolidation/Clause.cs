using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>A number a sentence states, normalised, with the noun it counts when known.</summary>
/// <param name="Value">The normalised value.</param>
/// <param name="Noun">The counted noun's stem, or null.</param>
/// <param name="Text">How the sentence writes it.</param>
/// <param name="Approximate">True when the text hedges the value ("about", "nearly").</param>
internal sealed record ClaimNumber(double Value, string? Noun, string Text, bool Approximate = false);

/// <summary>One sentence of a story's article, with what the brief needs to compare it to the others.</summary>
internal sealed record Clause
{
    /// <summary>Index among all clauses of the story.</summary>
    public required int Id { get; init; }

    /// <summary>The article that holds it.</summary>
    public required AnnotatedArticle Article { get; init; }

    /// <summary>Index of <see cref="Article"/> in the story.</summary>
    public required int ArticleIndex { get; init; }

    /// <summary>Position among the article's prose sentences (0 = lead).</summary>
    public required int Ordinal { get; init; }

    /// <summary>Offset in <see cref="Article.Text"/>.</summary>
    public required int Start { get; init; }

    /// <summary>Length in characters.</summary>
    public required int Length { get; init; }

    /// <summary>The sentence.</summary>
    public required string Text { get; init; }

    /// <summary>Whitespace-separated word count, as a reader (and ROUGE's word limit) counts words.</summary>
    public required int WordCount { get; init; }

    /// <summary>Content terms (see <see cref="Terms.Content"/>).</summary>
    public required IReadOnlyList<string> Terms { get; init; }

    /// <summary>Numbers the sentence states.</summary>
    public required IReadOnlyList<ClaimNumber> Numbers { get; init; }

    /// <summary>Dates the Language stage resolved in the sentence.</summary>
    public required IReadOnlyList<DateMention> Dates { get; init; }

    /// <summary>Entity mentions in the sentence.</summary>
    public required IReadOnlyList<EntityMention> Entities { get; init; }

    /// <summary>True when the sentence negates its claim ("not", "denied").</summary>
    public required bool Negated { get; init; }

    /// <summary>The sentence's words, lower-cased, once each.</summary>
    public IReadOnlySet<string> WordSet { get; init; } = new HashSet<string>();

    /// <summary><see cref="WordSet"/> without the words of its entity mentions: what it says beside whom it names.</summary>
    public IReadOnlySet<string> WordsBesideNames { get; init; } = new HashSet<string>();

    /// <summary>The content words a negation in the sentence governs ("no deaths" → "deaths").</summary>
    public IReadOnlyList<string> NegatedWords { get; init; } = [];

    /// <summary>The article's id.</summary>
    public string ArticleId => Article.Id;

    /// <summary>Offset just past the sentence.</summary>
    public int End => Start + Length;
}

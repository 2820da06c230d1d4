using System.Collections.Immutable;

namespace Storyline.Documents;

/// <summary>A sentence of <see cref="Article.Text"/>.</summary>
/// <param name="Index">Position among the article's sentences.</param>
/// <param name="Start">Offset of the first character in <see cref="Article.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Paragraph">Index of the paragraph that holds the sentence.</param>
public sealed record Sentence(int Index, int Start, int Length, int Paragraph)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}

/// <summary>The kinds of named entity Storyline tracks.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: government body, company, group, agency.</summary>
    Organization,
    /// <summary>A place: country, city, region.</summary>
    Place,
}

/// <summary>One mention of a named entity in an article.</summary>
/// <param name="Start">Offset in <see cref="Article.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Text">The mention as written ("Kabulov", "the Kremlin").</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Entity">The canonical name of the <see cref="ArticleEntity"/> this mention resolves to.</param>
/// <param name="SentenceIndex">The sentence that holds the mention.</param>
public sealed record EntityMention(int Start, int Length, string Text, EntityType Type, string Entity, int SentenceIndex);

/// <summary>A named entity of one article, its mentions merged.</summary>
/// <param name="Name">Canonical (longest, full) name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Aliases">Other ways the article names it (surname, acronym, title-only).</param>
/// <param name="Roles">Roles and titles given to it ("Foreign Minister", "envoy to Afghanistan").</param>
/// <param name="MentionCount">How many mentions resolved to it.</param>
public sealed record ArticleEntity(string Name, EntityType Type, ImmutableArray<string> Aliases, ImmutableArray<string> Roles, int MentionCount);

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day.</summary>
    Day,
    /// <summary>A calendar week, Monday to Sunday ("last week"); the date is its Monday.</summary>
    Week,
    /// <summary>A month ("in July", "mid-August").</summary>
    Month,
    /// <summary>A year.</summary>
    Year,
    /// <summary>A decade ("the 1980s").</summary>
    Decade,
}

/// <summary>A date expression resolved to the calendar.</summary>
/// <param name="Start">Offset in <see cref="Article.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Value">First day the expression denotes.</param>
/// <param name="End">Last day of a range ("from 1996 until 2001"), else null.</param>
/// <param name="Precision">How precisely <paramref name="Value"/> is known.</param>
/// <param name="Relative">True when resolved against the article's date ("on Monday", "last week").</param>
/// <param name="SentenceIndex">The sentence that holds the expression.</param>
public sealed record DateMention(int Start, int Length, string Text, DateOnly Value, DateOnly? End, DatePrecision Precision, bool Relative, int SentenceIndex);

/// <summary>How a number is hedged in the text.</summary>
public enum NumberQualifier
{
    /// <summary>Stated as exact.</summary>
    Exact,
    /// <summary>"about", "around", "nearly", "some".</summary>
    Approximate,
    /// <summary>"more than", "over".</summary>
    MoreThan,
    /// <summary>"less than", "under", "fewer than".</summary>
    LessThan,
    /// <summary>"up to", "as many as".</summary>
    UpTo,
    /// <summary>"at least".</summary>
    AtLeast,
}

/// <summary>A quantity in the text, normalised, with the noun it counts.</summary>
/// <param name="Start">Offset in <see cref="Article.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Text">The expression as written ("up to two million").</param>
/// <param name="Value">The normalised value (2000000).</param>
/// <param name="Qualifier">How the value is hedged.</param>
/// <param name="Noun">The lemma of the noun counted ("afghan", "troop", "kilometer"), when found.</param>
/// <param name="SentenceIndex">The sentence that holds the number.</param>
public sealed record NumberMention(int Start, int Length, string Text, double Value, NumberQualifier Qualifier, string? Noun, int SentenceIndex);

/// <summary>A direct quote with its speaker.</summary>
/// <param name="Start">Offset of the quoted text (inside the marks) in <see cref="Article.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Text">The quoted words; parts of a quote split across sentences are joined with " ... ".</param>
/// <param name="Speaker">Canonical name of the speaker (an <see cref="ArticleEntity.Name"/>), or null when unattributed.</param>
/// <param name="Partial">True for a fragment quoted inside a sentence of reported speech.</param>
/// <param name="SentenceIndex">The sentence where the quote starts.</param>
public sealed record QuoteMention(int Start, int Length, string Text, string? Speaker, bool Partial, int SentenceIndex);

/// <summary>Everything the Language stage understood of one article.</summary>
/// <param name="Language">Detected ISO 639-1 code ("en"), or "und" when undecidable.</param>
/// <param name="ReferenceDate">The date relative expressions were resolved against.</param>
/// <param name="ReferenceDateInferred">True when <paramref name="ReferenceDate"/> was inferred (dateline, weekday-and-date pair) rather than given.</param>
/// <param name="Sentences">Sentences in order.</param>
/// <param name="Mentions">Entity mentions in order of offset.</param>
/// <param name="Entities">The article's entities, mentions merged.</param>
/// <param name="Dates">Date expressions in order of offset.</param>
/// <param name="Numbers">Quantities in order of offset.</param>
/// <param name="Quotes">Direct quotes in order of offset.</param>
public sealed record ArticleAnnotations(
    string Language,
    DateOnly? ReferenceDate,
    bool ReferenceDateInferred,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<EntityMention> Mentions,
    ImmutableArray<ArticleEntity> Entities,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<NumberMention> Numbers,
    ImmutableArray<QuoteMention> Quotes)
{
    /// <summary>
    /// True when the article revealed no date of its own and <see cref="ReferenceDate"/> is the
    /// assumed date it was given (its story's): good enough to place "on Monday", not to be shown
    /// as the article's date. A weekday-and-date pair whose year the assumed date picked is the
    /// article's own date, not the story's.
    /// </summary>
    public bool ReferenceDateFromStory { get; init; }
}

/// <summary>An article with what the Language stage understood of it.</summary>
/// <param name="Article">The cleaned article.</param>
/// <param name="Annotations">Its annotations; offsets point into <see cref="Article.Text"/>.</param>
public sealed record AnnotatedArticle(Article Article, ArticleAnnotations Annotations)
{
    /// <summary>The article's id.</summary>
    public string Id => Article.Id;

    /// <summary>The text of one sentence.</summary>
    public string SentenceText(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Article.Text.Substring(sentence.Start, sentence.Length);
    }
}

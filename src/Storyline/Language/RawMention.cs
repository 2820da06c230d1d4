using Storyline.Documents;

namespace Storyline.Language;

/// <summary>How a raw mention names its entity.</summary>
internal enum MentionKind
{
    /// <summary>A full name or a gazetteer name.</summary>
    Named,
    /// <summary>One word whose entity is resolved later (surname, first name, unknown).</summary>
    Single,
    /// <summary>A title with no name ("the Foreign Minister").</summary>
    TitleOnly,
}

/// <summary>A mention found by chunking, before aliases are merged.</summary>
internal sealed class RawMention
{
    public required int FirstToken { get; init; }
    public required int LastToken { get; init; }
    public required string Surface { get; init; }
    public required MentionKind Kind { get; init; }
    public EntityType? Type { get; set; }
    public string Key { get; set; } = "";
    public List<string> Roles { get; } = [];
    public bool SentenceInitial { get; init; }
    public bool FromGazetteer { get; init; }

    /// <summary>End offset when the mention ends inside its last token ("Atlanta" in "Atlanta-based").</summary>
    public int? EndOverride { get; init; }

    /// <summary>First token of the capitalised span the mention came from (titles included).</summary>
    public int SpanFirstToken { get; set; }
}

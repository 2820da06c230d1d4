using System.Collections.Immutable;
using Storyline.Documents;

namespace Storyline.Cleaning;

/// <summary>Turns raw reports into clean articles: body, metadata, and every removed block with its reason.</summary>
public interface ICleaner
{
    /// <summary>
    /// Cleans a batch. The batch is also the corpus the cleaner learns site templates from:
    /// blocks that recur across several articles of the same outlet are removed as template.
    /// The result has one article per document, in the same order.
    /// </summary>
    ImmutableArray<Article> Clean(IReadOnlyList<RawDocument> documents);
}

using Storyline.Documents;

namespace Storyline.Reuse;

/// <summary>Finds near-duplicate articles and passages shared between articles.</summary>
public interface IReuseDetector
{
    /// <summary>Finds reuse across all the given articles (not pair by pair).</summary>
    ReuseReport Detect(IReadOnlyList<AnnotatedArticle> articles);
}

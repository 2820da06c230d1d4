using Storyline.Documents;

namespace Storyline.Reuse;

/// <summary>The Reuse stage. PLACEHOLDER until issue 5 lands: finds nothing.</summary>
/// <param name="options">Stage options.</param>
public sealed class ReuseDetector(ReuseOptions options) : IReuseDetector
{
    /// <summary>Stage options.</summary>
    public ReuseOptions Options { get; } = options;

    /// <inheritdoc />
    public ReuseReport Detect(IReadOnlyList<AnnotatedArticle> articles) => ReuseReport.Empty;
}

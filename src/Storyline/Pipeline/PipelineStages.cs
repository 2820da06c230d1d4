using Storyline.Cleaning;
using Storyline.Clustering;
using Storyline.Consolidation;
using Storyline.Language;
using Storyline.Reuse;

namespace Storyline.Pipeline;

/// <summary>The stages a pipeline runs, in the order data flows through them.</summary>
/// <param name="Cleaner">Cleaning.</param>
/// <param name="Annotator">Language.</param>
/// <param name="Reuse">Reuse.</param>
/// <param name="Clusterer">Clustering.</param>
/// <param name="Briefs">Consolidation.</param>
public sealed record PipelineStages(ICleaner Cleaner, IAnnotator Annotator, IReuseDetector Reuse, IStoryClusterer Clusterer, IBriefBuilder Briefs)
{
    /// <summary>Every stage with its default options.</summary>
    public static PipelineStages CreateDefault() => new(
        new ArticleCleaner(CleaningOptions.Default),
        new Annotator(LanguageOptions.Default),
        new ReuseDetector(ReuseOptions.Default),
        new StoryClusterer(ClusteringOptions.Default),
        new BriefBuilder(ConsolidationOptions.Default));
}

using Storyline.Documents;

namespace Storyline.Consolidation;

/// <summary>Consolidates a story into its brief.</summary>
public interface IBriefBuilder
{
    /// <summary>Builds the brief of a story; <paramref name="reuse"/> is restricted to the story's articles.</summary>
    Brief Build(Story story, ReuseReport reuse);
}

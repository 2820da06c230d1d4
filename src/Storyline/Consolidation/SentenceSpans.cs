namespace Storyline.Consolidation;

/// <summary>
/// Sentence spans of a stretch of an article's text, by the Language stage's splitter: the brief
/// re-splits only when an annotator delivered whole paragraphs, and must mean by "sentence" what
/// the rest of the pipeline means.
/// </summary>
internal static class SentenceSpans
{
    /// <summary>Spans (offsets into <paramref name="text"/>) of the sentences between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<(int Start, int Length)> Split(string text, int start, int end) =>
        [.. Language.SentenceSplitter.Split(text[start..end]).Select(s => (start + s.Start, s.Length))];
}

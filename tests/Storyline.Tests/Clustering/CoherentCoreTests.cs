using Storyline.Clustering;
using Storyline.Tests.Reuse;

namespace Storyline.Tests.Clustering;

public class CoherentCoreTests
{
    [Fact]
    public void Weights_ParagraphSharingNothing_GetsTheFloor()
    {
        int[][] paragraphs = [[1, 2, 3], [2, 3, 4], [7, 8, 9]];

        var weights = CoherentCore.Weights(paragraphs, [1], floor: 0.5);

        Assert.Equal(1.0, weights[0], 6);
        Assert.Equal(0.5 + (0.5 * 2 / 3), weights[1], 6);
        Assert.Equal(0.5, weights[2], 6);
    }

    [Fact]
    public void Weights_SingleParagraphNoTitle_Unweighted()
    {
        Assert.Equal([1.0], CoherentCore.Weights([[5, 6, -1]], [], floor: 0.2));
    }

    [Fact]
    public void Weights_NonWordsAndRepeatsWithinAParagraph_DoNotCount()
    {
        // A word repeated inside one paragraph is not shared with the rest of the article.
        int[][] paragraphs = [[1, 1, 1, -1], [2, -1], [-1, -1]];

        var weights = CoherentCore.Weights(paragraphs, [], floor: 0.25);

        Assert.Equal([0.25, 0.25, 1.0], weights);
    }

    [Fact]
    public void Similarity_SameFurnitureOnTwoEvents_CountsLessWithTheCore()
    {
        const string furniture = "\n\nJoin our mailing list: subscribers receive the weekly digest, podcast alerts and members-only newsletter offers from the editors.";
        var flood = ReuseTestArticles.Make("flood", "Floods in the Varnesse valley forced residents from their homes after the Orlan burst its banks.\n\nRescue teams in Varnesse evacuated villages along the Orlan." + furniture);
        var chess = ReuseTestArticles.Make("chess", "Grandmaster Tomas Kell won the Halvorsen chess open in Quillby.\n\nKell beat Mara Oduya in the last round of the Halvorsen open." + furniture);
        var garden = ReuseTestArticles.Make("garden", "Tomato seedlings need warmth and light in spring, gardeners in Tellby said.");

        double Similarity(double floor)
        {
            var stream = new StoryStream(ClusteringOptions.Default with { CoherenceFloor = floor });
            stream.LearnDocumentFrequencies([flood, chess, garden]);
            return stream.Similarity(flood, chess);
        }

        Assert.True(Similarity(0.2) < Similarity(1), $"{Similarity(0.2)} vs {Similarity(1)}");
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Storyline.Consolidation;
using Storyline.Documents;
using Storyline.Pipeline;

namespace Storyline.Bench.Consolidation;

/// <summary>
/// Lists the candidate sentence pairs of a cluster (`fact-candidates SOURCE [min-cosine]`) with the
/// key the labelled set uses, so a person can mark which state the same fact.
/// </summary>
internal sealed class FactCandidatesTask : IBenchTask
{
    public string Name => "fact-candidates";

    public string Description => "print sentence pairs of a cluster (seeds | multinews:K) above a cosine, with label keys";

    public int Run(IReadOnlyList<string> args)
    {
        var source = args.Count > 0 ? args[0] : "seeds";
        var min = args.Count > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.15;
        var story = FactClusters.Load(source);
        var clauses = ClauseReader.Read(story);
        var vectors = new ClauseVectors(clauses);
        foreach (var (a, b, sim) in vectors.PairsAcrossArticles(clauses, min).OrderBy(p => p.A).ThenBy(p => p.B))
        {
            Console.WriteLine($"{FactClusters.Key(clauses[a].Text)}\t{FactClusters.Key(clauses[b].Text)}\t{sim:F2}\n  A{clauses[a].ArticleIndex}: {clauses[a].Text}\n  B{clauses[b].ArticleIndex}: {clauses[b].Text}");
        }

        return 0;
    }
}

/// <summary>The clusters of the labelled alignment set, loaded through the production pipeline.</summary>
internal static class FactClusters
{
    public static Story Load(string source)
    {
        List<RawDocument> documents;
        if (source == "seeds")
        {
            documents = [.. Directory.GetFiles(SharedData.Seeds, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => RawDocument.Create(File.ReadAllText(f), Path.GetFileNameWithoutExtension(f), f, SourceFormat.Text))];
        }
        else
        {
            var k = int.Parse(source["multinews:".Length..], CultureInfo.InvariantCulture);
            var cluster = MultiNews.Read(k + 1)[k];
            documents = [.. cluster.Documents.Select((t, i) => RawDocument.Create(t, $"{k}-{i}", source, SourceFormat.Text))];
        }

        var pipeline = new StorylinePipeline();
        return pipeline.RunAsOneStory(documents).Story;
    }

    /// <summary>A sentence's label key: a short hash of its lowercase words, so the set holds no text of the data.</summary>
    public static string Key(string sentence)
    {
        var words = string.Join(' ', sentence.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(words)))[..10];
    }
}

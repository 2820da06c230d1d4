namespace Storyline.Bench.Consolidation;

/// <summary>Prints a cluster's summary beside its reference (`rouge-show K [--words N]`), to read what the scores score.</summary>
internal sealed class RougeShowTask : IBenchTask
{
    public string Name => "rouge-show";

    public string Description => "print the summary and reference of Multi-News cluster K (--words N, 300)";

    public int Run(IReadOnlyList<string> args)
    {
        var k = args.Count > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var words = args.Count > 2 && args[1] == "--words" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300;
        var cluster = MultiNews.Read(k + 1)[k];
        Console.WriteLine("SUMMARY: " + MultiNews.Summarise(cluster, words));
        Console.WriteLine();
        Console.WriteLine("REFERENCE: " + cluster.Summary);
        return 0;
    }
}

namespace Storyline.Bench.Cleaning;

/// <summary>`cleaning-edges [N]`: the short first and last body lines of every Nth eval page, to spot debris the body keeps.</summary>
internal sealed class CleaningEdgesTask : IBenchTask
{
    public string Name => "cleaning-edges";

    public string Description => "error analysis: short first/last body paragraphs of every Nth eval page (default 7)";

    public int Run(IReadOnlyList<string> args)
    {
        var every = args.Count > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 7;
        foreach (var page in EvalSet.Load(every))
        {
            var paragraphs = Extractors.Ours(page).Split("\n\n");
            foreach (var p in paragraphs.Take(2).Concat(paragraphs.TakeLast(2)).Distinct().Where(p => p.Length < 70))
            {
                Console.WriteLine($"{page.File,-45} {p}");
            }
        }

        return 0;
    }
}

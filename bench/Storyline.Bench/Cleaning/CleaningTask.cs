using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning [--every N] [--errors FILE] [--no-peer]`: snippet P/R/F1 and pages/second on the
/// trafilatura evaluation pages, ours and SmartReader's in the same process, then a 20 MB page.
/// </summary>
internal sealed class CleaningTask : IBenchTask
{
    public string Name => "cleaning";

    public string Description => "main-text extraction P/R/F1 and speed vs SmartReader on trafilatura-eval (--every N, --errors FILE, --no-peer)";

    public int Run(IReadOnlyList<string> args)
    {
        var every = TaskArgs.Int(args, "--every") ?? 1;
        var errors = TaskArgs.Value(args, "--errors");
        var pages = EvalSet.Load(every);
        Console.WriteLine($"pages: {pages.Count}");

        var peer = !args.Contains("--no-peer");
        Console.WriteLine($"load average before: {LoadAverage()}");
        var (oursOutputs, peerOutputs, oursTime, peerTime) = TimeInterleaved(pages, peer);
        var ours = Scored(pages, oursOutputs);
        Console.WriteLine($"ours        {ours}  {pages.Count / oursTime.Wall:F1} pages/s wall, {pages.Count / oursTime.Cpu:F1} pages/cpu-s");
        if (peer)
        {
            Console.WriteLine($"smartreader {Scored(pages, peerOutputs!)}  {pages.Count / peerTime.Wall:F1} pages/s wall, {pages.Count / peerTime.Cpu:F1} pages/cpu-s");
            Console.WriteLine($"speed ratio ours/smartreader: {peerTime.Wall / oursTime.Wall:F2}x wall clock, {peerTime.Cpu / oursTime.Cpu:F2}x process CPU time (one thread each, same decoded pages, two passes each in the order ours, peer, peer, ours)");
        }

        Console.WriteLine($"load average after: {LoadAverage()}");

        Console.WriteLine($"ours memory (live heap MB after full GC at 25/50/75/100% of pages, eval pages included): {MemoryPass(pages)}");
        if (errors is not null)
        {
            WriteErrors(pages, errors);
        }

        HugePage(pages);
        return 0;
    }

    /// <summary>Wall-clock and process CPU seconds: on a shared machine CPU time is the steadier of the two.</summary>
    private readonly record struct Elapsed(double Wall, double Cpu);

    /// <summary>
    /// Times ours and the peer over all pages, in the order ours, peer, peer, ours (so drift in
    /// machine load falls on both alike), after a full untimed pass of both. Each pass starts from a
    /// collected heap and ends by collecting its own garbage, so neither pays for the other's
    /// allocations (interleaving small chunks made one side's collections land in the other's time).
    /// </summary>
    private static (string[] Ours, string[]? Peer, Elapsed OursTime, Elapsed PeerTime) TimeInterleaved(List<EvalPage> pages, bool peer)
    {
        // A whole untimed pass of each first: tiered JIT needs many calls (and a free core) before
        // hot code is optimised, and a short warm-up left one side timed on unoptimised code.
        foreach (var page in pages)
        {
            Extractors.Ours(page);
            if (peer)
            {
                Extractors.SmartReader(page);
            }
        }

        var ours = new string[pages.Count];
        var other = peer ? new string[pages.Count] : null;
        var process = Process.GetCurrentProcess();
        double oursWall = 0, oursCpu = 0, peerWall = 0, peerCpu = 0;
        void Pass(string[] outputs, Func<EvalPage, string> extract, ref double wall, ref double cpu)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            (wall, cpu) = Measured(process, wall, cpu, () =>
            {
                for (var i = 0; i < pages.Count; i++)
                {
                    outputs[i] = extract(pages[i]);
                }

                GC.Collect();
            });
        }

        Pass(ours, Extractors.Ours, ref oursWall, ref oursCpu);
        if (other is not null)
        {
            Pass(other, Extractors.SmartReader, ref peerWall, ref peerCpu);
            Pass(other, Extractors.SmartReader, ref peerWall, ref peerCpu);
        }

        Pass(ours, Extractors.Ours, ref oursWall, ref oursCpu);
        return (ours, other, new Elapsed(oursWall / 2, oursCpu / 2), new Elapsed(peerWall / 2, peerCpu / 2));
    }

    private static (double Wall, double Cpu) Measured(Process process, double wall, double cpu, Action action)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        process.Refresh();
        return (wall + watch.Elapsed.TotalSeconds, cpu + (process.TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    private static SnippetScore Scored(List<EvalPage> pages, string[] outputs)
    {
        var score = new SnippetScore();
        for (var i = 0; i < pages.Count; i++)
        {
            score.Add(pages[i], outputs[i]);
        }

        return score;
    }

    /// <summary>An untimed pass of ours with the live heap read at each quarter.</summary>
    private static string MemoryPass(List<EvalPage> pages)
    {
        var memory = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            Extractors.Ours(pages[i]);
            if ((i + 1) % Math.Max(1, pages.Count / 4) == 0 && memory.Count < 4)
            {
                // Live managed heap after a full collection: flat means nothing accumulates across pages.
                memory.Add((GC.GetTotalMemory(forceFullCollection: true) / 1048576).ToString(CultureInfo.InvariantCulture));
            }
        }

        return string.Join(" / ", memory);
    }

    private static void WriteErrors(List<EvalPage> pages, string path)
    {
        var text = new StringBuilder();
        var score = new SnippetScore();
        foreach (var page in pages)
        {
            var output = Extractors.Ours(page);
            var (missed, leaked) = score.Add(page, output);
            if (missed.Count + leaked.Count == 0)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"## {page.File}  (output {output.Length} chars)");
            foreach (var m in missed)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  MISSED: {m}");
            }

            foreach (var l in leaked)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  LEAKED: {l}");
            }
        }

        File.WriteAllText(path, text.ToString());
        Console.WriteLine($"errors written to {path}");
    }

    /// <summary>A 20 MB page built from the largest eval page's paragraphs: time and peak memory.</summary>
    private static void HugePage(List<EvalPage> pages)
    {
        var seed = pages.MaxBy(p => p.Html.Length)!;
        var body = new StringBuilder("<html><head><title>Huge</title></head><body><article>");
        var paragraph = 0;
        while (body.Length < 20_000_000)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>Paragraph {paragraph++} of a very long page. ").Append(seed.Html.AsSpan(0, Math.Min(2000, seed.Html.Length)).ToString().Replace('<', ' ')).Append("</p><div><a href='#'>link</a></div>");
        }

        body.Append("</article></body></html>");
        var page = seed with { Html = body.ToString() };
        GC.Collect();
        var before = Environment.WorkingSet;
        var watch = Stopwatch.StartNew();
        var output = Extractors.Ours(page);
        watch.Stop();
        Console.WriteLine($"20 MB page ({page.Html.Length / 1_000_000.0:F1} M chars): {watch.Elapsed.TotalSeconds:F2}s, output {output.Length / 1_000_000.0:F1} M chars, working set +{(Environment.WorkingSet - before) / 1048576} MB");
    }
}

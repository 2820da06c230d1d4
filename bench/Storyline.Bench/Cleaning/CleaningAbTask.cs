using System.Collections;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Storyline.Bench.Cleaning;

/// <summary>
/// `cleaning-ab --base PATH/Storyline.dll [--every N] [--passes N] [--html-only]`: the Cleaning
/// stage of another build of the library (loaded beside this one) against this build, page by
/// page in alternating order (A B, then B A) so both meet the same machine load. On a shared
/// machine two separate runs differ by more than a speed change; interleaved pages do not.
/// Prints the CPU-time ratio and checks that both builds return the same text.
/// </summary>
internal sealed class CleaningAbTask : IBenchTask
{
    public string Name => "cleaning-ab";

    public string Description => "this build's cleaning vs another build's Storyline.dll, page-interleaved (--base DLL, --every N, --passes N, --html-only)";

    public int Run(IReadOnlyList<string> args)
    {
        var list = args.ToList();
        var basePath = TaskArgs.Value(args, "--base") ?? throw new ArgumentException("cleaning-ab needs --base PATH/Storyline.dll");
        var every = TaskArgs.Int(args, "--every") ?? 1;
        var passes = TaskArgs.Int(args, "--passes") ?? 3;
        var htmlOnly = list.Contains("--html-only");

        var pages = EvalSet.Load(every);
        var baseAssembly = new IsolatedContext(Path.GetFullPath(basePath)).LoadFromAssemblyPath(Path.GetFullPath(basePath));
        Console.WriteLine($"base: {baseAssembly.Location} ({File.GetLastWriteTimeUtc(baseAssembly.Location):u}); current: {typeof(Storyline.Cleaning.ArticleCleaner).Assembly.Location}");
        var baseline = Stage(baseAssembly, htmlOnly);
        var current = Stage(typeof(Storyline.Cleaning.ArticleCleaner).Assembly, htmlOnly);
        var sides = new[] { baseline, current };
        Console.WriteLine($"pages: {pages.Count}; load {Load()}");

        // Warm-up: tiered JIT needs many calls before hot code is optimised.
        var differing = 0;
        foreach (var page in pages)
        {
            differing += baseline(page) == current(page) ? 0 : 1;
        }

        var cpu = new double[2];
        var least = new double[2][];
        least[0] = Enumerable.Repeat(double.MaxValue, pages.Count).ToArray();
        least[1] = Enumerable.Repeat(double.MaxValue, pages.Count).ToArray();
        var wins = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var times = new double[2];
                foreach (var side in (i + pass) % 2 == 0 ? new[] { 0, 1 } : [1, 0])
                {
                    var start = ThreadClock.CpuSeconds();
                    sides[side](page);
                    times[side] = ThreadClock.CpuSeconds() - start;
                    cpu[side] += times[side];
                    least[side][i] = Math.Min(least[side][i], times[side]);
                }

                wins += times[1] < times[0] ? 1 : 0;
            }
        }

        var n = pages.Count * passes;
        Console.WriteLine($"base    {n / cpu[0],7:F1} pages/cpu-s  per-page best {pages.Count / least[0].Sum(),7:F1}");
        Console.WriteLine($"current {n / cpu[1],7:F1} pages/cpu-s  per-page best {pages.Count / least[1].Sum(),7:F1}");
        Console.WriteLine($"current/base time: {cpu[1] / cpu[0]:F3} (all), {least[1].Sum() / least[0].Sum():F3} (per-page best); current faster on {100.0 * wins / n:F0}% of page runs");
        Console.WriteLine($"pages whose text differs: {differing}; load {Load()}");
        return differing == 0 ? 0 : 1;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    /// <summary>One build's stage as a function of a page, through reflection so either build's types serve.</summary>
    private static Func<EvalPage, string> Stage(Assembly assembly, bool htmlOnly)
    {
        if (htmlOnly)
        {
            var extract = assembly.GetType("Storyline.Cleaning.Html.HtmlExtractor", throwOnError: true)!.GetMethod("Extract")!;
            return page =>
            {
                var result = extract.Invoke(null, [page.Html])!;
                var paragraphs = (IEnumerable)result.GetType().GetProperty("Paragraphs")!.GetValue(result)!;
                return string.Join("\n\n", paragraphs.Cast<string>());
            };
        }

        var rawType = assembly.GetType("Storyline.Documents.RawDocument", throwOnError: true)!;
        var create = rawType.GetMethod("Create")!;
        var html = Enum.Parse(assembly.GetType("Storyline.Documents.SourceFormat", throwOnError: true)!, "Html");
        var cleanerType = assembly.GetType("Storyline.Cleaning.ArticleCleaner", throwOnError: true)!;
        var options = assembly.GetType("Storyline.Cleaning.CleaningOptions", throwOnError: true)!.GetProperty("Default")!.GetValue(null);
        var cleaner = Activator.CreateInstance(cleanerType, options);
        var clean = cleanerType.GetMethod("Clean")!;
        return page =>
        {
            var batch = Array.CreateInstance(rawType, 1);
            batch.SetValue(create.Invoke(null, [page.Html, page.File, page.Url, html, null, null]), 0);
            var articles = (IEnumerable)clean.Invoke(cleaner, [batch])!;
            var article = articles.Cast<object>().Single();
            return (string)article.GetType().GetProperty("Text")!.GetValue(article)!;
        };
    }

    /// <summary>Loads one build of Storyline beside this one; its dependencies come from the default context.</summary>
    private sealed class IsolatedContext(string path) : AssemblyLoadContext($"base:{path}")
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}

/// <summary>This thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID), which other processes do not inflate as they do wall time.</summary>
internal static class ThreadClock
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private const int ThreadCpuClock = 3;

    // DllImport, not LibraryImport: the source-generated form needs unsafe code in the bench project.
#pragma warning disable SYSLIB1054
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    /// <summary>Seconds of CPU this thread has used; falls back to wall time where the clock is missing.</summary>
    public static double CpuSeconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0 ? time.Seconds + (time.Nanoseconds / 1e9) : Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
}

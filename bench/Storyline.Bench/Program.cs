using System.Reflection;
using System.Text.Json;
using Storyline.Bench;

var tasks = typeof(IBenchTask).Assembly.GetTypes()
    .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IBenchTask).IsAssignableFrom(t))
    .Select(t => (IBenchTask)Activator.CreateInstance(t)!)
    .OrderBy(t => t.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length == 0 || args[0] is "list" or "--help" or "-h")
{
    Console.WriteLine("usage: Storyline.Bench <task> [args]   |   gate   |   list");
    foreach (var t in tasks)
    {
        Console.WriteLine($"  {t.Name,-14} {t.Description}");
    }

    Console.WriteLine("  gate           check every quality floor of bench/floors.json on its CI subset");
    return 0;
}

if (args[0] == "gate")
{
    return Gates.Run(typeof(IBenchTask).Assembly, args.Skip(1).ToList());
}

var task = tasks.FirstOrDefault(t => t.Name == args[0]);
if (task is null)
{
    Console.Error.WriteLine($"unknown bench task '{args[0]}' (try 'list')");
    return 2;
}

return task.Run(args.Skip(1).ToList());

/// <summary>Runs the quality gates against the floors recorded in bench/floors.json.</summary>
internal static class Gates
{
    public static int Run(Assembly assembly, IReadOnlyList<string> only)
    {
        var floorsPath = FindFloors();
        using var floorsDoc = JsonDocument.Parse(File.ReadAllText(floorsPath));
        var gates = assembly.GetTypes()
            .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IQualityGate).IsAssignableFrom(t))
            .Select(t => (IQualityGate)Activator.CreateInstance(t)!)
            .Where(g => only.Count == 0 || only.Contains(g.GateName))
            .OrderBy(g => g.GateName, StringComparer.Ordinal)
            .ToList();
        var failed = 0;
        foreach (var gate in gates)
        {
            if (!floorsDoc.RootElement.TryGetProperty(gate.GateName, out var floors))
            {
                Console.WriteLine($"gate {gate.GateName}: no floors recorded, skipped");
                continue;
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            var scores = gate.Measure();
            foreach (var floor in floors.EnumerateObject())
            {
                var ok = scores.TryGetValue(floor.Name, out var score) && score >= floor.Value.GetDouble();
                failed += ok ? 0 : 1;
                Console.WriteLine($"gate {gate.GateName}.{floor.Name}: {(scores.ContainsKey(floor.Name) ? score.ToString("F4", System.Globalization.CultureInfo.InvariantCulture) : "missing")} (floor {floor.Value.GetDouble():F4}) {(ok ? "ok" : "BELOW FLOOR")}");
            }

            Console.WriteLine($"gate {gate.GateName}: {started.Elapsed.TotalSeconds:F1}s");
        }

        return failed == 0 ? 0 : 1;
    }

    private static string FindFloors()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "floors.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("bench/floors.json not found above " + AppContext.BaseDirectory);
    }
}

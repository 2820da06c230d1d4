using System.Globalization;

namespace Storyline.Bench;

/// <summary>Bench arguments of the form Name=value override an options record's init properties, for sweeps.</summary>
internal static class OptionOverrides
{
    public static T Apply<T>(T options, IReadOnlyList<string> args)
        where T : class
    {
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(options, null)!;
        // "shuffle=N" picks a stream order (ClusteringSets), not an option.
        foreach (var arg in args.Where(a => a.Contains('=', StringComparison.Ordinal) && !a.StartsWith("shuffle=", StringComparison.Ordinal)))
        {
            var (name, value) = (arg[..arg.IndexOf('=', StringComparison.Ordinal)], arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var property = typeof(T).GetProperty(name) ?? throw new ArgumentException($"{typeof(T).Name} has no option {name}");
            property.SetValue(copy, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
            Console.WriteLine($"option {name} = {value}");
        }

        return copy;
    }
}

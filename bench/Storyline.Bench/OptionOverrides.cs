using System.Globalization;

namespace Storyline.Bench;

/// <summary>Bench arguments of the form Name=value override an options record's init properties, for sweeps.</summary>
internal static class OptionOverrides
{
    public static T Apply<T>(T options, IReadOnlyList<string> args)
        where T : class
    {
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(options, null)!;
        // Options are PascalCase; a lowercase name=value ("shuffle=N", "sentences=4-6") is the task's own argument.
        foreach (var arg in args.Where(a => a.Contains('=', StringComparison.Ordinal) && !char.IsLower(a[0])))
        {
            var (name, value) = (arg[..arg.IndexOf('=', StringComparison.Ordinal)], arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var property = typeof(T).GetProperty(name) ?? throw new ArgumentException($"{typeof(T).Name} has no option {name}");
            property.SetValue(copy, Convert.ChangeType(value, property.PropertyType, CultureInfo.InvariantCulture));
            Console.WriteLine($"option {name} = {value}");
        }

        return copy;
    }
}

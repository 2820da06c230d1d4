using System.Globalization;

namespace Storyline.Bench;

/// <summary>Named options of a bench task's arguments ("--every 5"), read one way by every task.</summary>
internal static class TaskArgs
{
    /// <summary>The word after <paramref name="name"/>, or null when the option is absent.</summary>
    public static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    /// <summary>The option's whole number, or null when it is absent.</summary>
    public static int? Int(IReadOnlyList<string> args, string name) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    /// <summary>The option's real number, or null when it is absent.</summary>
    public static double? Real(IReadOnlyList<string> args, string name) =>
        Value(args, name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;
}

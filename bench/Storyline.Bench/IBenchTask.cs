namespace Storyline.Bench;

/// <summary>
/// One measurement, run as `dotnet run -c Release --project bench/Storyline.Bench -- NAME [args]`.
/// Tasks are discovered by reflection so each area adds its own without touching Program.cs.
/// </summary>
internal interface IBenchTask
{
    /// <summary>The name on the command line ("cleaning", "rouge", ...).</summary>
    string Name { get; }

    /// <summary>One line shown by `list`.</summary>
    string Description { get; }

    /// <summary>Runs the task; returns the process exit code (non-zero when a gate fails).</summary>
    int Run(IReadOnlyList<string> args);
}

/// <summary>
/// A quality floor checked by CI: `-- gate` runs every gate on its subset and fails when a score
/// falls below the floor recorded in bench/floors.json.
/// </summary>
internal interface IQualityGate
{
    /// <summary>The gate's key in bench/floors.json.</summary>
    string GateName { get; }

    /// <summary>Measures on the CI subset; returns metric name → score.</summary>
    IReadOnlyDictionary<string, double> Measure();
}

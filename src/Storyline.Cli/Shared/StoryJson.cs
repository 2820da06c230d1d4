using System.Text.Json;
using Storyline.Documents.Contract;
using Storyline.Pipeline;
using Storyline.Storage;

namespace Storyline.Cli;

/// <summary>The JSON contract as the CLI writes it: one mapping for `digest --json`, the store and `show`.</summary>
internal static class StoryJson
{
    /// <summary>One story, as stored for `show` and as it stands inside `digest --json`.</summary>
    public static StoryJsonWriter Writer => Web.StoreGate.Writer;

    /// <summary>The whole contract document of a digest.</summary>
    public static string Document(IEnumerable<DigestedStory> stories) =>
        ContractJson.Serialize(ContractMapper.ToDocument(stories.Select(s => (s.Story, s.Brief))));

    /// <summary>Reads a stored story back into the contract shapes, for the terminal rendering of `show`.</summary>
    public static ContractStory ReadStory(string json) =>
        JsonSerializer.Deserialize<ContractStory>(json, ContractJson.Options) ?? throw new JsonException("empty story JSON");

    /// <summary>Opens an existing store; a missing file is the user's mistake, not a new empty store.</summary>
    public static SqliteStoryStore OpenExisting(string path)
    {
        if (!File.Exists(path))
        {
            throw new CommandFailedException(path, "no store here; run 'storyline ingest PATHS --db " + path + "' first");
        }

        return new SqliteStoryStore(path);
    }
}

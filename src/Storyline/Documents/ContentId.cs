using System.Security.Cryptography;
using System.Text;

namespace Storyline.Documents;

/// <summary>Content-derived identifiers, so that re-ingesting the same input is idempotent.</summary>
public static class ContentId
{
    /// <summary>
    /// The id of a report's content: the first 16 hex digits of the SHA-256 of its text with line
    /// endings normalised, so the same report saved on Windows and on Linux has one id.
    /// </summary>
    public static string ForContent(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var normalised = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return Hash(normalised);
    }

    /// <summary>The id of a story: a hash of its sorted member article ids, stable across runs.</summary>
    public static string ForStory(IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var sorted = articleIds.Order(StringComparer.Ordinal);
        return "s" + Hash(string.Join('\n', sorted))[..11];
    }

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}

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

    /// <summary>
    /// The id of a report given as text plus a separate title (a JSON Lines record): the hash of its
    /// content when no title is given, else of the title and the content together. Scrapers leave the
    /// same body on different reports (a paywall notice, an error page, a video player's text), each
    /// under its own headline; hashing the body alone made them one report, so two events' articles
    /// came out as one. The title's spacing does not count.
    /// </summary>
    public static string ForReport(string content, string? title)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(title))
        {
            return ForContent(content);
        }

        var words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return ForContent(string.Join(' ', words) + "\n\n" + content);
    }

    /// <summary>The id of a story: a hash of its sorted member article ids, stable across runs.</summary>
    public static string ForStory(IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var sorted = articleIds.Order(StringComparer.Ordinal);
        return "s" + Hash(string.Join('\n', sorted))[..11];
    }

    // Characters encoded per step when hashing long text: a page's bytes would otherwise be one
    // large-object array per report, allocated and collected for nothing but the digest.
    private const int Chunk = 8192;

    private static string Hash(string text)
    {
        Span<byte> digest = stackalloc byte[32];
        if (text.Length <= Chunk)
        {
            SHA256.HashData(Encoding.UTF8.GetBytes(text), digest);
            return Convert.ToHexStringLower(digest[..8]);
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Chunk));
        for (var at = 0; at < text.Length;)
        {
            // A surrogate pair is never split, so each piece encodes as it does inside the whole text.
            var end = Math.Min(text.Length, at + Chunk);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            var written = Encoding.UTF8.GetBytes(text.AsSpan(at, end - at), bytes);
            sha.AppendData(bytes, 0, written);
            at = end;
        }

        System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        sha.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}

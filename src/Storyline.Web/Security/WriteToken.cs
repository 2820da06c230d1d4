using System.Security.Cryptography;
using System.Text;
using Storyline.Storage;

namespace Storyline.Web.Security;

/// <summary>
/// The token that writes (POST, DELETE) must carry as <c>Authorization: Bearer TOKEN</c>. Only its
/// SHA-256 is stored, so a copied database does not hand out write access; the token itself is shown
/// once, when it is created.
/// </summary>
public static class WriteToken
{
    /// <summary>The store setting holding the token's hash.</summary>
    public const string SettingKey = "write_token_sha256";

    /// <summary>Creates a token when the store has none; returns the new token, or null when one existed.</summary>
    public static string? EnsureExists(IStoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Setting(SettingKey) is null ? Rotate(store) : null;
    }

    /// <summary>Replaces the token with a fresh one (the old one stops working) and returns it.</summary>
    public static string Rotate(IStoryStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        store.SaveSetting(SettingKey, Hash(token));
        return token;
    }

    /// <summary>Whether <paramref name="presented"/> is the token whose hash is <paramref name="storedHash"/> (constant time).</summary>
    public static bool Matches(string? presented, string? storedHash)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(storedHash))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(presented)), Encoding.ASCII.GetBytes(storedHash));
    }

    /// <summary>The token from an <c>Authorization: Bearer</c> header value, or null.</summary>
    public static string? FromHeader(string? authorization)
    {
        const string Scheme = "Bearer ";
        return authorization is not null && authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? authorization[Scheme.Length..].Trim()
            : null;
    }

    internal static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

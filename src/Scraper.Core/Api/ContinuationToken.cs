using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Scraper.Api;

/// <summary>Opaque paging token: base64url of "day:offset", so a token cannot be replayed on another day.</summary>
public static class ContinuationToken
{
    public static string Write(DateOnly day, int offset) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}:{offset}")));

    public static bool TryRead(string token, DateOnly day, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token));
            var parts = text.Split(':');
            return parts.Length == 2
                && parts[0] == day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out offset)
                && offset > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Tidings.Output;

/// <summary>Stable identifiers for coded events, equal across runs, machines and .NET versions.</summary>
public static class EventIds
{
    /// <summary>
    /// GDELT's GlobalEventID for an event: the first 8 bytes (big-endian) of SHA-256 over the article id,
    /// sentence index, trigger character offsets, CAMEO code and the source and target codes (one trigger
    /// can code two dyads, "Russia and Iran condemned …"), masked to a positive 63-bit integer (never 0).
    /// </summary>
    public static long GlobalEventId(CodedEvent e)
    {
        var key = string.Join('\u001f',
            e.Article, e.Sentence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.Evidence.TriggerStart.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.Evidence.TriggerEnd.ToString(System.Globalization.CultureInfo.InvariantCulture),
            e.Cameo, e.Source.Code ?? "", e.Target?.Code ?? "");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        long id = (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) & long.MaxValue);
        return id == 0 ? 1 : id;
    }
}

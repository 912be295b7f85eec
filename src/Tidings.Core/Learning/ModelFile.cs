using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Tidings.Learning;

/// <summary>
/// The container of every trained Tidings model (tagger, lemmatizer, parser, name tagger):
/// <code>
///   "TIDMODEL"          8 bytes magic
///   format version      int32 (this class's <see cref="FormatVersion"/>)
///   kind                string  ("tagger", "parser", ...): what reads the payload
///   model version       int32   the payload layout version of that kind
///   description         string  training corpus, date, settings (shown by tools; not parsed)
///   payload length      int64   bytes of the compressed payload
///   SHA-256             32 bytes of the compressed payload
///   payload             Brotli-compressed bytes (default quality: saving a 25 MB model takes seconds, not minutes)
/// </code>
/// Strings are BinaryWriter's length-prefixed UTF-8. A wrong magic, version, kind or checksum is an
/// <see cref="InvalidDataException"/> naming the file, so a truncated or edited model never loads silently.
/// </summary>
public static class ModelFile
{
    public const int FormatVersion = 1;
    private static readonly byte[] Magic = "TIDMODEL"u8.ToArray();

    public static void Save(string path, string kind, int modelVersion, string description, Action<BinaryWriter> writePayload)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var fs = File.Create(path);
        Write(fs, kind, modelVersion, description, writePayload);
    }

    public static void Write(Stream output, string kind, int modelVersion, string description, Action<BinaryWriter> writePayload)
    {
        var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        using (var pw = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true))
            writePayload(pw);
        var bytes = compressed.ToArray();
        using var w = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(kind);
        w.Write(modelVersion);
        w.Write(description);
        w.Write((long)bytes.Length);
        w.Write(SHA256.HashData(bytes));
        w.Write(bytes);
    }

    /// <summary>Header of a model file, as read by <see cref="Read{T}"/>.</summary>
    public sealed record Header(string Kind, int ModelVersion, string Description, long PayloadBytes);

    /// <summary>Opens <paramref name="input"/>, checks magic, kind, version and checksum, and reads the payload.</summary>
    public static T Read<T>(Stream input, string name, string expectedKind, int expectedVersion, Func<BinaryReader, Header, T> readPayload)
    {
        try
        {
            using var r = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
            var magic = r.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic)) throw new InvalidDataException($"{name}: not a Tidings model file");
            int format = r.ReadInt32();
            if (format != FormatVersion) throw new InvalidDataException($"{name}: model container version {format}, this build reads {FormatVersion}");
            var header = new Header(r.ReadString(), r.ReadInt32(), r.ReadString(), r.ReadInt64());
            if (header.Kind != expectedKind) throw new InvalidDataException($"{name}: a '{header.Kind}' model, expected '{expectedKind}'");
            if (header.ModelVersion != expectedVersion)
                throw new InvalidDataException($"{name}: {expectedKind} model version {header.ModelVersion}, this build reads {expectedVersion}; retrain with 'tidings train'");
            if (header.PayloadBytes is < 0 or > 1L << 31) throw new InvalidDataException($"{name}: bad payload length {header.PayloadBytes}");
            var hash = r.ReadBytes(32);
            var bytes = r.ReadBytes((int)header.PayloadBytes);
            if (bytes.Length != header.PayloadBytes) throw new InvalidDataException($"{name}: truncated ({bytes.Length} of {header.PayloadBytes} payload bytes)");
            if (!SHA256.HashData(bytes).AsSpan().SequenceEqual(hash)) throw new InvalidDataException($"{name}: checksum mismatch, the file is damaged");
            // Decompress in one go: the payload readers make millions of small reads, which cost far more
            // through a decompressing stream than from memory.
            var plain = new MemoryStream(bytes.Length * 3);
            using (var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress)) brotli.CopyTo(plain);
            plain.Position = 0;
            using var pr = new BinaryReader(plain, Encoding.UTF8);
            return readPayload(pr, header);
        }
        catch (EndOfStreamException e) { throw new InvalidDataException($"{name}: truncated model file", e); }
    }

    public static T Load<T>(string path, string expectedKind, int expectedVersion, Func<BinaryReader, Header, T> readPayload)
    {
        using var fs = File.OpenRead(path);
        return Read(fs, path, expectedKind, expectedVersion, readPayload);
    }
}

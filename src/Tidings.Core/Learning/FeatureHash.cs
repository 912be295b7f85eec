using System.Runtime.CompilerServices;

namespace Tidings.Learning;

/// <summary>
/// 64-bit feature keys for the linear models, computed without allocating: a template number mixed with
/// the characters or integers of the feature's parts. Collisions at 64 bits are negligible for models of a
/// few million features. The hash is part of every trained model's format: changing it needs retraining
/// (bump the model format version).
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Start(int template) => Mix(Offset ^ (ulong)(uint)template * 0x9E3779B97F4A7C15UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong h, ReadOnlySpan<char> part)
    {
        foreach (char c in part) h = (h ^ c) * Prime;
        return (h ^ 0x1F) * Prime; // part separator, so ("ab","c") != ("a","bc")
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong h, int value) => ((h ^ (uint)value) * Prime ^ 0x1E) * Prime;

    /// <summary>Final avalanche so keys spread evenly over open-addressing tables.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Of(int template, ReadOnlySpan<char> a) => Mix(Add(Start(template), a));
    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => Mix(Add(Add(Start(template), a), b));
    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c) =>
        Mix(Add(Add(Add(Start(template), a), b), c));
    public static ulong Of(int template, int a) => Mix(Add(Start(template), a));
    public static ulong Of(int template, int a, int b) => Mix(Add(Add(Start(template), a), b));
    public static ulong Of(int template, int a, int b, int c) => Mix(Add(Add(Add(Start(template), a), b), c));
    public static ulong Of(int template, ReadOnlySpan<char> a, int b) => Mix(Add(Add(Start(template), a), b));

    /// <summary>Mixes pre-hashed parts (e.g. a word's hash computed once per sentence) into a feature key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong OfHashes(int template, ulong a) => Mix(Start(template) ^ Mix(a + 0x632BE59BD9B4E019UL));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong OfHashes(int template, ulong a, ulong b) => Mix(Start(template) ^ Mix(a + 0x632BE59BD9B4E019UL) ^ Mix(b + 0x8CB92BA72F3D8DD7UL));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong OfHashes(int template, ulong a, ulong b, ulong c) =>
        Mix(Start(template) ^ Mix(a + 0x632BE59BD9B4E019UL) ^ Mix(b + 0x8CB92BA72F3D8DD7UL) ^ Mix(c + 0x4F1BBCDCBFA53E0BUL));

    /// <summary>Hash of a span's characters, lower-cased (invariant) on the fly.</summary>
    public static ulong Lower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ char.ToLowerInvariant(c)) * Prime;
        return Mix(h);
    }

    /// <summary>Hash of a span's characters as they are.</summary>
    public static ulong Exact(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s) h = (h ^ c) * Prime;
        return Mix(h);
    }
}

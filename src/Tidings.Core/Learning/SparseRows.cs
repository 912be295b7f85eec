namespace Tidings.Learning;

/// <summary>
/// The content of a sparse linear model, in feature order: feature i has key <see cref="Keys"/>[i] and the
/// (class, weight) entries [<see cref="Starts"/>[i], <see cref="Starts"/>[i+1]). Every run-time model of this
/// shape (<see cref="PerceptronModel"/>, the parser's faster layout) is saved and loaded through this one
/// binary form: class count, feature count, entry count (int32), keys (uint64), entry counts per feature
/// (int32), classes (uint16), weights (half precision).
/// </summary>
public sealed record SparseRows(int ClassCount, ulong[] Keys, int[] Starts, ushort[] Classes, float[] Weights)
{
    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(Keys.Length);
        w.Write(Classes.Length);
        foreach (var k in Keys) w.Write(k);
        for (int i = 0; i < Keys.Length; i++) w.Write(Starts[i + 1] - Starts[i]);
        foreach (var c in Classes) w.Write(c);
        foreach (var x in Weights) w.Write((Half)x);
    }

    /// <summary>Reads and checks the binary form; <paramref name="what"/> names the model in errors.</summary>
    public static SparseRows Read(BinaryReader r, string what)
    {
        int classCount = r.ReadInt32(), features = r.ReadInt32(), entries = r.ReadInt32();
        if (classCount is < 2 or > ushort.MaxValue || features < 0 || entries < 0 || entries > 1 << 28 || features > 1 << 26)
            throw new InvalidDataException($"bad {what} header: {classCount} classes, {features} features, {entries} weights");
        var keys = new ulong[features];
        for (int i = 0; i < features; i++) keys[i] = r.ReadUInt64();
        var starts = new int[features + 1];
        for (int i = 0; i < features; i++)
        {
            int n = r.ReadInt32();
            if (n < 0 || n > classCount) throw new InvalidDataException($"bad entry count {n} for feature {i}");
            starts[i + 1] = starts[i] + n;
        }
        if (starts[^1] != entries) throw new InvalidDataException("entry counts do not add up to the weight count");
        var classes = new ushort[entries];
        for (int i = 0; i < entries; i++)
        {
            classes[i] = r.ReadUInt16();
            if (classes[i] >= classCount) throw new InvalidDataException($"class {classes[i]} out of range");
        }
        var weights = new float[entries];
        for (int i = 0; i < entries; i++) weights[i] = (float)r.ReadHalf();
        return new SparseRows(classCount, keys, starts, classes, weights);
    }
}

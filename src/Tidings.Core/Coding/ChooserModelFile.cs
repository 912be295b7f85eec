using Tidings.Learning;

namespace Tidings.Coding;

/// <summary>
/// What the two learned choosers store alike (the target chooser, decisions 145 and 149; the code chooser, 151): a
/// two-class perceptron whose class 1 scores a candidate, and the margin by which the best candidate must lead the rules'
/// choice to replace it. After the <see cref="ModelFile"/> header the payload is the margin (a single), then the
/// perceptron. One reader and writer, so a change of layout is made once (and both choosers' <c>ModelVersion</c> bumped).
/// </summary>
internal static class ChooserModelFile
{
    /// <summary><paramref name="model"/>, or an <see cref="ArgumentException"/> when it is not a two-class model.</summary>
    public static PerceptronModel RequireTwoClasses(PerceptronModel model, string what) =>
        model.ClassCount == 2
            ? model
            : throw new ArgumentException($"a {what} scores with class 1 of a two-class model", nameof(model));

    /// <summary>
    /// Reads a chooser's file and makes the chooser with <paramref name="create"/> (model, margin, description); a wrong,
    /// damaged or truncated file, or a model of another class count, is an <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public static T Read<T>(Stream stream, string name, string kind, int version, string what,
        Func<PerceptronModel, float, string, T> create) =>
        ModelFile.Read(stream, name, kind, version, (r, h) =>
        {
            float margin = r.ReadSingle();
            var model = PerceptronModel.Read(r);
            if (model.ClassCount != 2) throw new InvalidDataException($"{name}: a {what} has two classes, not {model.ClassCount}");
            return create(model, margin, h.Description);
        });

    /// <summary>Writes the payload <see cref="Read"/> reads.</summary>
    public static void WritePayload(BinaryWriter w, float margin, PerceptronModel model)
    {
        w.Write(margin);
        model.Write(w);
    }
}

using System.Collections.Immutable;
using Tidings.Documents;

namespace Tidings.Pipeline;

/// <summary>
/// An immutable, ordered list of components whose requirements were checked when it was built:
/// each component's <see cref="IPipelineComponent.Requires"/> is assigned by a component before it.
/// </summary>
public sealed class Pipeline
{
    private Pipeline(ImmutableArray<IPipelineComponent> components) => Components = components;

    public ImmutableArray<IPipelineComponent> Components { get; }

    /// <summary>Builds a pipeline, or throws <see cref="PipelineOrderException"/> naming the unmet requirement.</summary>
    public static Pipeline Create(params IEnumerable<IPipelineComponent> components)
    {
        var list = components.ToImmutableArray();
        var have = Annotation.None;
        foreach (var c in list)
        {
            var missing = c.Requires & ~have;
            if (missing != Annotation.None)
                throw new PipelineOrderException($"component '{c.Name}' requires {missing}, which no earlier component assigns");
            have |= c.Assigns;
        }
        return new Pipeline(list);
    }

    public Annotation Assigns => Components.Aggregate(Annotation.None, (a, c) => a | c.Assigns);

    public Document Process(Document document, CancellationToken cancellationToken = default) =>
        Process(document, null, cancellationToken);

    /// <summary>
    /// Runs every component on <paramref name="document"/>; when <paramref name="stageTicks"/> is given (one slot per
    /// component, in order), adds each component's <see cref="System.Diagnostics.Stopwatch"/> ticks to its slot
    /// (<c>tidings bench --stages</c>).
    /// </summary>
    public Document Process(Document document, long[]? stageTicks, CancellationToken cancellationToken = default) =>
        Process(document, stageTicks, null, cancellationToken);

    /// <summary>As above; when <paramref name="stageBytes"/> is given (one slot per component), also adds the bytes each
    /// component allocated on this thread to its slot (<c>tidings bench --stages</c>).</summary>
    public Document Process(Document document, long[]? stageTicks, long[]? stageBytes, CancellationToken cancellationToken = default)
    {
        if (stageTicks is not null && stageTicks.Length < Components.Length)
            throw new ArgumentException($"one slot per component is needed ({Components.Length}), got {stageTicks.Length}", nameof(stageTicks));
        if (stageBytes is not null && stageBytes.Length < Components.Length)
            throw new ArgumentException($"one slot per component is needed ({Components.Length}), got {stageBytes.Length}", nameof(stageBytes));
        for (int i = 0; i < Components.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var c = Components[i];
            long b0 = stageBytes is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
            long t0 = stageTicks is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            c.Process(document, cancellationToken);
            document.Annotations |= c.Assigns;
            if (stageTicks is not null) stageTicks[i] += System.Diagnostics.Stopwatch.GetTimestamp() - t0;
            if (stageBytes is not null) stageBytes[i] += GC.GetAllocatedBytesForCurrentThread() - b0;
        }
        return document;
    }
}

public sealed class PipelineOrderException(string message) : InvalidOperationException(message);

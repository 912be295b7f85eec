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

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var c in Components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            c.Process(document, cancellationToken);
            document.Annotations |= c.Assigns;
        }
        return document;
    }
}

public sealed class PipelineOrderException(string message) : InvalidOperationException(message);

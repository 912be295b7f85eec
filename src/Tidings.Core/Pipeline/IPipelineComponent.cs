using Tidings.Documents;

namespace Tidings.Pipeline;

/// <summary>
/// One stage of the pipeline: synchronous CPU work over one document. A component is immutable after
/// construction and safe to use from many threads at once; lexicons and models it needs are loaded before.
/// </summary>
public interface IPipelineComponent
{
    /// <summary>Short stable name shown by <c>tidings explain</c> and in errors.</summary>
    string Name { get; }
    Annotation Requires { get; }
    Annotation Assigns { get; }
    void Process(Document document, CancellationToken cancellationToken = default);
}

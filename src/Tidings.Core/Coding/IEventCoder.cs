using Tidings.Pipeline;

namespace Tidings.Coding;

/// <summary>
/// A stage that finds event mentions in a document whose tokens, sentences and actors are known, and appends
/// them to <see cref="Documents.Document.Events"/> in text order. Implementations: <see cref="ShallowCoder"/>
/// (window rules over tokens); a dependency-based coder may replace it behind this interface.
/// </summary>
public interface IEventCoder : IPipelineComponent
{
}

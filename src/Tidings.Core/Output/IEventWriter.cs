namespace Tidings.Output;

/// <summary>
/// Writes coded events in one output format to a <see cref="TextWriter"/> it does not own.
/// Call <see cref="Write"/> per event, then <see cref="Complete"/> once to close the document (the JSON
/// array's bracket) and flush. <see cref="IDisposable.Dispose"/> completes a writer not yet completed,
/// like <c>XmlWriter</c> closes open elements; it never disposes the underlying writer.
/// </summary>
public interface IEventWriter : IDisposable
{
    void Write(CodedEvent e);
    void Complete();
}

using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Tidings.Output;

/// <summary>
/// <c>jsonl</c>: one event object per line ("\n"). <c>json</c>: one array, streamed: "[" then the objects
/// separated by ",\n", then "]" on <see cref="Complete"/>; nothing is buffered beyond one event.
/// </summary>
internal sealed class JsonEventWriter : IEventWriter
{
    private readonly TextWriter _out;
    private readonly bool _array;
    private readonly ArrayBufferWriter<byte> _bytes = new(2048);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[2048];
    private int _count;
    private bool _completed;

    public JsonEventWriter(TextWriter output, bool array)
    {
        _out = output ?? throw new ArgumentNullException(nameof(output));
        _array = array;
        _json = new Utf8JsonWriter(_bytes, CodedEventJson.WriterOptions);
    }

    public void Write(CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ObjectDisposedException.ThrowIf(_completed, this);
        _bytes.ResetWrittenCount();
        _json.Reset(_bytes);
        CodedEventJson.Write(_json, e);
        _json.Flush();
        int need = Encoding.UTF8.GetMaxCharCount(_bytes.WrittenCount);
        if (_chars.Length < need) _chars = new char[Math.Max(need, _chars.Length * 2)];
        int n = Encoding.UTF8.GetChars(_bytes.WrittenSpan, _chars);
        if (_array) _out.Write(_count == 0 ? "[\n" : ",\n");
        _out.Write(_chars, 0, n);
        if (!_array) _out.Write('\n');
        _count++;
    }

    public void Complete()
    {
        if (_completed) return;
        _completed = true;
        if (_array) _out.Write(_count == 0 ? "[]\n" : "\n]\n");
        _out.Flush();
    }

    public void Dispose()
    {
        Complete();
        _json.Dispose();
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace Recruitment.Application.Allocation;

/// <summary>How the tool writes JSON: indented, <c>\n</c> line ends, non-ASCII kept readable, the same bytes on every machine.</summary>
public static class JsonOutput
{
    private const int FlushThreshold = 1 << 16;

    public static Utf8JsonWriter CreateWriter(Stream stream) => new(stream, new JsonWriterOptions
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Hands what the writer holds to the stream once it is large enough, so memory stays flat on big files.</summary>
    public static void FlushIfLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }

    public static void Finish(Utf8JsonWriter writer, Stream stream)
    {
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }
}

using System.Text.Json;
using Recruitment.Application.Allocation;

namespace Recruitment.Cli.Instances;

/// <summary>Writes a generated instance in the input format of docs/allocation-format.md.</summary>
internal static class InstanceWriter
{
    public static void Write(Stream stream, GeneratedInstance instance)
    {
        using var writer = JsonOutput.CreateWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartObject("rankings");
        foreach (var ranking in instance.Rankings)
        {
            writer.WriteStartArray(ranking.Id);
            foreach (var member in ranking.Members)
            {
                writer.WriteStringValue(member);
                JsonOutput.FlushIfLarge(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("pools");
        foreach (var pool in instance.Pools)
        {
            writer.WriteStartObject();
            writer.WriteString("id", pool.Id);
            writer.WriteNumber("capacity", pool.Capacity);
            writer.WriteString("ranking", pool.Ranking);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("candidates");
        foreach (var candidate in instance.Candidates)
        {
            writer.WriteStartObject();
            writer.WriteString("id", candidate.Id);
            writer.WriteStartArray("wishes");
            foreach (var wish in candidate.Wishes)
            {
                writer.WriteStringValue(wish);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            JsonOutput.FlushIfLarge(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        JsonOutput.Finish(writer, stream);
    }
}

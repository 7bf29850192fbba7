using System.Text.Json;
using Recruitment.Domain.Allocation;

namespace Recruitment.Application.Allocation;

/// <summary>
/// Writes an allocation instance in the input format of docs/allocation-format.md, canonically: rankings by id,
/// pools and candidates by id (ordinal), so that the same instance always gives the same bytes and the same hash.
/// </summary>
public static class InstanceWriter
{
    public static void Write(Stream stream, AllocationInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        using var writer = JsonOutput.CreateWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartObject("rankings");
        foreach (var (id, members) in instance.Rankings.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.WriteStartArray(id);
            foreach (var member in members)
            {
                writer.WriteStringValue(member);
                JsonOutput.FlushIfLarge(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("pools");
        foreach (var pool in instance.Pools.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("id", pool.Id);
            writer.WriteNumber("capacity", pool.Capacity);
            writer.WriteString("ranking", pool.Ranking);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("candidates");
        foreach (var candidate in instance.Candidates.OrderBy(c => c.Id, StringComparer.Ordinal))
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

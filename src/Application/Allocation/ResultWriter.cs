using System.Text.Json;
using Recruitment.Domain.Allocation;

namespace Recruitment.Application.Allocation;

/// <summary>Writes an allocation result in the format of docs/allocation-format.md.</summary>
public static class ResultWriter
{
    private static readonly JsonEncodedText Assignments = JsonEncodedText.Encode("assignments");
    private static readonly JsonEncodedText Candidate = JsonEncodedText.Encode("candidate");
    private static readonly JsonEncodedText Pool = JsonEncodedText.Encode("pool");
    private static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText NotEligible = JsonEncodedText.Encode("not-eligible");
    private static readonly JsonEncodedText Full = JsonEncodedText.Encode("full");
    private static readonly JsonEncodedText LastAdmittedRank = JsonEncodedText.Encode("lastAdmittedRank");
    private static readonly JsonEncodedText Rank = JsonEncodedText.Encode("rank");
    private static readonly JsonEncodedText Pools = JsonEncodedText.Encode("pools");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Capacity = JsonEncodedText.Encode("capacity");
    private static readonly JsonEncodedText Admitted = JsonEncodedText.Encode("admitted");
    private static readonly JsonEncodedText WaitingList = JsonEncodedText.Encode("waitingList");

    public static void Write(Stream stream, AllocationResult result, bool explain)
    {
        using var writer = JsonOutput.CreateWriter(stream);
        writer.WriteStartObject();
        writer.WriteStartArray(Assignments);
        for (var i = 0; i < result.Assignments.Count; i++)
        {
            var assignment = result.Assignments[i];
            writer.WriteStartObject();
            writer.WriteString(Candidate, assignment.Candidate);
            WriteStringOrNull(writer, Pool, assignment.Pool);
            if (explain)
            {
                WriteExplanation(writer, result.ExplainAt(i));
            }

            writer.WriteEndObject();
            JsonOutput.FlushIfLarge(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Pools);
        foreach (var pool in result.Pools)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, pool.Id);
            writer.WriteNumber(Capacity, pool.Capacity);
            writer.WriteNumber(Admitted, pool.Admitted);
            WriteNumberOrNull(writer, LastAdmittedRank, pool.LastAdmittedRank);
            writer.WriteNumber(WaitingList, pool.WaitingList);
            writer.WriteEndObject();
            JsonOutput.FlushIfLarge(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        JsonOutput.Finish(writer, stream);
    }

    private static void WriteExplanation(Utf8JsonWriter writer, IReadOnlyList<WishRefusal> refusals)
    {
        writer.WriteStartArray(Explanation);
        foreach (var refusal in refusals)
        {
            writer.WriteStartObject();
            writer.WriteString(Pool, refusal.Pool);
            if (refusal.Reason == RefusalReason.NotEligible)
            {
                writer.WriteString(Reason, NotEligible);
            }
            else
            {
                writer.WriteString(Reason, Full);
                WriteNumberOrNull(writer, LastAdmittedRank, refusal.LastAdmittedRank);
                WriteNumberOrNull(writer, Rank, refusal.Rank);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteNumber(name, value.Value);
        }
    }
}

using System.Text.Json;
using Recruitment.Domain.Allocation;

namespace Recruitment.Application.Allocation;

/// <summary>
/// Reads an allocation instance (see docs/allocation-format.md) by streaming over its UTF-8 bytes, without building a
/// document tree, and names the line and position of anything it cannot read.
/// </summary>
public ref struct InstanceReader
{
    private const int InternLength = 256;

    private readonly ReadOnlySpan<byte> _json;
    private readonly string _source;
    private readonly Dictionary<string, string> _poolIds = new(StringComparer.Ordinal);
    private Utf8JsonReader _reader;

    private InstanceReader(ReadOnlySpan<byte> json, string source)
    {
        _json = json;
        _source = source;
        _reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 });
    }

    /// <summary>Reads an instance; throws <see cref="InvalidAllocationInstanceException"/> naming the problem and where it is.</summary>
    public static AllocationInstance Read(ReadOnlySpan<byte> json, string source)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        var reader = new InstanceReader(json, source);
        try
        {
            return reader.ReadInstance();
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw new InvalidAllocationInstanceException(
                $"{source} is not valid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {(cut < 0 ? reason : reason[..cut])}",
                e);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader refuses to decode a string that is not valid UTF-8.
            throw new InvalidAllocationInstanceException($"{reader.Where()}: {e.Message}", e);
        }
        catch (InvalidAllocationInstanceException e)
        {
            throw new InvalidAllocationInstanceException($"{source}: {e.Message}", e);
        }
    }

    private AllocationInstance ReadInstance()
    {
        var instance = new Place("the instance");
        Next();
        Expect(JsonTokenType.StartObject, instance, "an object");
        Dictionary<string, IReadOnlyList<string>>? rankings = null;
        List<AllocationPool>? pools = null;
        List<AllocationCandidate>? candidates = null;
        while (NextProperty(instance))
        {
            if (_reader.ValueTextEquals("rankings"u8))
            {
                Once(rankings is not null, "rankings", instance);
                rankings = ReadRankings();
            }
            else if (_reader.ValueTextEquals("pools"u8))
            {
                Once(pools is not null, "pools", instance);
                pools = ReadPools();
            }
            else if (_reader.ValueTextEquals("candidates"u8))
            {
                Once(candidates is not null, "candidates", instance);
                candidates = ReadCandidates();
            }
            else
            {
                throw UnknownProperty(instance);
            }
        }

        if (_reader.Read())
        {
            throw Invalid("there is more after the end of the instance");
        }

        return AllocationInstance.Create(
            rankings ?? throw Missing("rankings", instance),
            pools ?? throw Missing("pools", instance),
            candidates ?? throw Missing("candidates", instance));
    }

    private Dictionary<string, IReadOnlyList<string>> ReadRankings()
    {
        var place = new Place("rankings");
        Next();
        Expect(JsonTokenType.StartObject, place, "an object of ranking id to list of candidate ids");
        var rankings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        while (NextProperty(place))
        {
            var id = _reader.GetString()!;
            if (rankings.ContainsKey(id))
            {
                throw Invalid($"ranking {id} is defined twice");
            }

            var members = new List<string>();
            Next();
            var ranking = new Place($"ranking {id}");
            Expect(JsonTokenType.StartArray, ranking, "a list of candidate ids");
            while (Next() != JsonTokenType.EndArray)
            {
                Expect(JsonTokenType.String, ranking with { Index = members.Count }, "a candidate id");
                members.Add(_reader.GetString()!);
            }

            rankings[id] = members;
        }

        return rankings;
    }

    private List<AllocationPool> ReadPools()
    {
        Next();
        Expect(JsonTokenType.StartArray, new Place("pools"), "a list of pools");
        var pools = new List<AllocationPool>();
        while (Next() != JsonTokenType.EndArray)
        {
            var where = new Place("pools", pools.Count);
            Expect(JsonTokenType.StartObject, where, "an object with id, capacity and ranking");
            string? id = null;
            int? capacity = null;
            string? ranking = null;
            while (NextProperty(where))
            {
                if (_reader.ValueTextEquals("id"u8))
                {
                    Once(id is not null, "id", where);
                    id = ReadString(where with { Member = "id" }, "a pool id");
                }
                else if (_reader.ValueTextEquals("capacity"u8))
                {
                    Once(capacity is not null, "capacity", where);
                    Next();
                    if (_reader.TokenType != JsonTokenType.Number || !_reader.TryGetInt32(out var seats))
                    {
                        throw Invalid($"{where}.capacity must be a whole number of seats");
                    }

                    capacity = seats;
                }
                else if (_reader.ValueTextEquals("ranking"u8))
                {
                    Once(ranking is not null, "ranking", where);
                    ranking = ReadString(where with { Member = "ranking" }, "a ranking id");
                }
                else
                {
                    throw UnknownProperty(where);
                }
            }

            pools.Add(new AllocationPool(
                id ?? throw Missing("id", where),
                capacity ?? throw Missing("capacity", where),
                ranking ?? throw Missing("ranking", where)));
        }

        return pools;
    }

    private List<AllocationCandidate> ReadCandidates()
    {
        Next();
        Expect(JsonTokenType.StartArray, new Place("candidates"), "a list of candidates");
        var candidates = new List<AllocationCandidate>();
        var wishes = new List<string>();
        Span<char> buffer = stackalloc char[InternLength];
        while (Next() != JsonTokenType.EndArray)
        {
            var where = new Place("candidates", candidates.Count);
            Expect(JsonTokenType.StartObject, where, "an object with id and wishes");
            string? id = null;
            var hasWishes = false;
            while (NextProperty(where))
            {
                if (_reader.ValueTextEquals("id"u8))
                {
                    Once(id is not null, "id", where);
                    id = ReadString(where with { Member = "id" }, "a candidate id");
                }
                else if (_reader.ValueTextEquals("wishes"u8))
                {
                    Once(hasWishes, "wishes", where);
                    hasWishes = true;
                    wishes.Clear();
                    Next();
                    Expect(JsonTokenType.StartArray, where with { Member = "wishes" }, "a list of pool ids");
                    while (Next() != JsonTokenType.EndArray)
                    {
                        Expect(JsonTokenType.String, where with { Member = "wishes", MemberIndex = wishes.Count }, "a pool id");
                        wishes.Add(PoolId(buffer));
                    }
                }
                else
                {
                    throw UnknownProperty(where);
                }
            }

            if (!hasWishes)
            {
                throw Missing("wishes", where);
            }

            candidates.Add(new AllocationCandidate(id ?? throw Missing("id", where), wishes));
        }

        return candidates;
    }

    /// <summary>The wished pool id as one shared string per pool: millions of wishes name the same few pools.</summary>
    private readonly string PoolId(Span<char> buffer)
    {
        if (_reader.HasValueSequence || _reader.ValueSpan.Length > buffer.Length)
        {
            return _reader.GetString()!;
        }

        var chars = buffer[.._reader.CopyString(buffer)];
        var known = _poolIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!known.TryGetValue(chars, out var id))
        {
            id = new string(chars);
            _poolIds.Add(id, id);
        }

        return id;
    }

    private string ReadString(Place where, string what)
    {
        Next();
        Expect(JsonTokenType.String, where, what);
        return _reader.GetString()!;
    }

    private JsonTokenType Next()
    {
        if (!_reader.Read())
        {
            throw Invalid("the file ends before the instance does");
        }

        return _reader.TokenType;
    }

    /// <summary>Moves to the next property of the current object; false at its end.</summary>
    private bool NextProperty(Place where) => Next() switch
    {
        JsonTokenType.PropertyName => true,
        JsonTokenType.EndObject => false,
        _ => throw Invalid($"{where} has an unexpected {_reader.TokenType}"),
    };

    private readonly void Expect(JsonTokenType type, Place where, string what)
    {
        if (_reader.TokenType != type)
        {
            throw Invalid($"{where} must be {what}");
        }
    }

    private readonly void Once(bool seen, string property, Place where)
    {
        if (seen)
        {
            throw Invalid($"{where} has {property} twice");
        }
    }

    private readonly InvalidAllocationInstanceException UnknownProperty(Place where) =>
        Invalid($"{where} has an unknown property \"{_reader.GetString()}\"");

    private readonly InvalidAllocationInstanceException Missing(string property, Place where) =>
        new($"{_source}: {where} has no \"{property}\".");

    private readonly InvalidAllocationInstanceException Invalid(string problem) => new($"{Where()}: {problem}.");

    /// <summary>The file, line and position of the current token, counted in bytes as JSON tools do.</summary>
    private readonly string Where()
    {
        var before = _json[..(int)Math.Min(_reader.TokenStartIndex, _json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var position = before.Length - before.LastIndexOf((byte)'\n');
        return $"{_source}, line {line}, position {position}";
    }

    /// <summary>Where a value sits in the instance, e.g. <c>candidates[3].wishes[1]</c>; only spelt out for a message.</summary>
    private readonly record struct Place(string Name, int Index = -1, string? Member = null, int MemberIndex = -1)
    {
        public override string ToString() =>
            Name
            + (Index < 0 ? string.Empty : $"[{Index}]")
            + (Member is null ? string.Empty : $".{Member}")
            + (MemberIndex < 0 ? string.Empty : $"[{MemberIndex}]");
    }
}

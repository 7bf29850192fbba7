namespace Recruitment.Cli.Instances;

/// <summary>
/// A small seeded generator (SplitMix64) of our own, so the same seed gives the same instance on every machine and
/// every .NET version.
/// </summary>
internal sealed class SplitMix64(long seed)
{
    private ulong _state = unchecked((ulong)seed);

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A whole number from 0 to <paramref name="bound"/> - 1.</summary>
    public int Next(int bound) => (int)Math.BigMul(NextUInt64(), (ulong)bound, out _);

    /// <summary>A number from 0 (included) to 1 (excluded).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

using MuscleSpasmInfo.Content.Build;

namespace MuscleSpasmInfo.Content.Tests.Build;

/// <summary>
/// A layered map answers like a plain dictionary given the same changes, through layers and rebuilds alike, and a map
/// once made never changes, since a snapshot still serves it while the next build makes its own.
/// </summary>
public sealed class LayeredMapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_changes_read_back_as_a_plain_dictionary_would_and_earlier_maps_stay_as_they_were(int seed)
    {
        var random = new Random(seed);
        var map = LayeredMap<string, string>.Empty(StringComparer.Ordinal);
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = new List<(LayeredMap<string, string> Map, Dictionary<string, string> Then)>();

        // A first build of 5,000 keys, then 400 edits of 1-20 changes: their layers pass the rebuild threshold (1,024)
        // several times.
        for (var round = 0; round <= 400; round++)
        {
            var changes = new List<KeyValuePair<string, string?>>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (var n = round == 0 ? 5000 : random.Next(1, 21); changes.Count < n;)
            {
                var key = "k" + random.Next(0, 6000);
                if (used.Add(key))
                {
                    changes.Add(new(key, random.Next(4) == 0 ? null : $"v{round}-{key}"));
                }
            }

            map = map.With(changes);
            foreach (var (key, value) in changes)
            {
                if (value is null)
                {
                    expected.Remove(key);
                }
                else
                {
                    expected[key] = value;
                }
            }

            Assert.Equal(expected.Count, map.Count);
            if (round % 50 == 0)
            {
                kept.Add((map, new Dictionary<string, string>(expected, StringComparer.Ordinal)));
            }
        }

        foreach (var (earlier, then) in kept.Append((map, expected)))
        {
            Assert.Equal(then.Count, earlier.Count);
            Assert.Equal(then.OrderBy(e => e.Key, StringComparer.Ordinal), earlier.OrderBy(e => e.Key, StringComparer.Ordinal));
            for (var i = 0; i < 6000; i++)
            {
                var key = "k" + i;
                Assert.Equal(then.GetValueOrDefault(key), earlier.GetValueOrDefault(key));
                Assert.Equal(then.ContainsKey(key), earlier.ContainsKey(key));
            }
        }
    }
}

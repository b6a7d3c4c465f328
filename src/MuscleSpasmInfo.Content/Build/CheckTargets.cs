namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// What a file's site checks read of the rest of the site, as a key: for each article it points at, that article's
/// anchors (or that it is missing); for each image, whether media/ has it. Compared item by item, by reference first:
/// an unchanged target is the very same string as last build, so a key that did not change costs no more than a loop.
/// </summary>
internal readonly struct CheckTargets(object[] items) : IEquatable<CheckTargets>
{
    /// <summary>Stands for an article or image that is not there.</summary>
    public static readonly object Missing = new();

    /// <summary>Stands for an image that is there.</summary>
    public static readonly object Present = new();

    public bool Equals(CheckTargets other)
    {
        if (items.Length != other.Items.Length)
        {
            return false;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var (a, b) = (items[i], other.Items[i]);
            if (!ReferenceEquals(a, b) && !(a is string x && b is string y && string.Equals(x, y, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is CheckTargets other && Equals(other);

    public override int GetHashCode() => items.Length;

    private object[] Items => items;
}

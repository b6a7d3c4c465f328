namespace MuscleSpasmInfo.Content.Build;

/// <summary>
/// A stage input compared by identity: a record from the stage before is the same input only when it is the very object
/// the stage reused, and comparing its fields instead would cost as much as recomputing.
/// </summary>
internal readonly struct Same<T>(T value) : IEquatable<Same<T>>
    where T : class
{
    public T Value { get; } = value;

    public bool Equals(Same<T> other) => ReferenceEquals(Value, other.Value);

    public override bool Equals(object? obj) => obj is Same<T> other && Equals(other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Value);
}

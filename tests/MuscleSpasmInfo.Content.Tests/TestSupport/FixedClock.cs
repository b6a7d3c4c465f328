namespace MuscleSpasmInfo.Content.Tests.TestSupport;

/// <summary>A clock stopped at one day, so review and publication dates give the same answer every run.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}

using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MuscleSpasmInfo.Web.ContentHosting;

/// <summary>
/// Healthy once content is served. Skipped files do not make the site unhealthy (every other page still serves), but
/// they are reported so an operator sees them, as is whether the indexes have caught up with the live snapshot.
/// Before the first load this reports Unhealthy rather than waiting for it, so readiness can be polled.
/// </summary>
public sealed class ContentHealthCheck(ContentStore store, IndexBuilder indexes) : IHealthCheck
{
    /// <summary>The tag of the checks that say whether the site is ready to serve readers.</summary>
    public const string Ready = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (store.Loaded is not { } snapshot)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("content is loading"));
        }

        var indexed = indexes.IndexedVersion;
        var data = new Dictionary<string, object>
        {
            ["snapshot"] = snapshot.Version,
            ["articles"] = snapshot.Articles.Count,
            ["skippedFiles"] = snapshot.SkippedFiles.Count,
            ["loadedAt"] = snapshot.BuiltAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["indexedSnapshot"] = indexed,
            ["indexesCaughtUp"] = indexed >= snapshot.Version,
        };
        if ((store.Fault ?? indexes.Fault) is { } fault)
        {
            // Still serving, so still 200 (Degraded), but the fault is there for the operator to see.
            data["fault"] = fault;
            return Task.FromResult(HealthCheckResult.Degraded(fault, data: data));
        }

        var description = snapshot.SkippedFiles.Count == 0
            ? "content loaded"
            : $"content loaded; {snapshot.SkippedFiles.Count} files skipped because of errors";
        return Task.FromResult(HealthCheckResult.Healthy(indexed >= snapshot.Version ? description : description + "; indexes catching up", data));
    }

    /// <summary>Writes the result as a small JSON document instead of the bare status word.</summary>
    public static Task WriteResponse(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var entry = report.Entries.Values.FirstOrDefault();
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            description = entry.Description ?? (report.Entries.Count == 0 ? "alive" : null),
            data = entry.Data,
        }));
    }
}

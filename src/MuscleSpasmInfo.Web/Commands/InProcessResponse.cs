using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace MuscleSpasmInfo.Web.Commands;

/// <summary>
/// The response side of one in-process request: status, headers and a body that lands in the caller's buffer. It
/// behaves as Kestrel's does where the site can tell: OnStarting callbacks run (last registered first) before the first
/// body byte or at the end, and <see cref="HasStarted"/> turns true then, so the exception handler and the status-code
/// pages decide exactly as they do on the network.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "Its stream holds nothing to release: the buffer it writes to belongs to the caller.")]
internal sealed class InProcessResponse : IHttpResponseFeature, IHttpResponseBodyFeature
{
    private readonly Stack<(Func<object, Task> Callback, object State)> _onStarting = new();
    private readonly Stack<(Func<object, Task> Callback, object State)> _onCompleted = new();
    private readonly StartingStream _stream;
    private PipeWriter? _writer;

    public InProcessResponse(MemoryStream buffer)
    {
        _stream = new StartingStream(this, buffer);
        Body = _stream;
    }

    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string? ReasonPhrase { get; set; }

    public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();

    /// <summary>The body stream through the older feature; the same stream as <see cref="Stream"/>.</summary>
    public Stream Body { get; set; }

    public bool HasStarted { get; private set; }

    public Stream Stream => _stream;

    public PipeWriter Writer => _writer ??= PipeWriter.Create(_stream, new StreamPipeWriterOptions(leaveOpen: true));

    public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Push((callback, state));

    public void OnCompleted(Func<object, Task> callback, object state) => _onCompleted.Push((callback, state));

    public void DisableBuffering()
    {
        // Nothing to disable: the body goes straight into the caller's buffer.
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (HasStarted)
        {
            return;
        }

        while (_onStarting.TryPop(out var starting))
        {
            await starting.Callback(starting.State).ConfigureAwait(false);
        }

        HasStarted = true;
    }

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
        SendFileFallback.SendFileAsync(_stream, path, offset, count, cancellationToken);

    public async Task CompleteAsync()
    {
        await StartAsync().ConfigureAwait(false);
        if (_writer is not null)
        {
            await _writer.FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Ends the response as a server does once the pipeline returns: starts it if nothing did, then runs OnCompleted.</summary>
    public async Task FinishAsync()
    {
        await CompleteAsync().ConfigureAwait(false);
        while (_onCompleted.TryPop(out var completed))
        {
            await completed.Callback(completed.State).ConfigureAwait(false);
        }
    }

    /// <summary>Writes into the buffer, starting the response before the first byte as a server does.</summary>
    private sealed class StartingStream(InProcessResponse response, MemoryStream buffer) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] bytes, int offset, int count) => Write(bytes.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> bytes)
        {
            if (!response.HasStarted)
            {
                response.StartAsync().GetAwaiter().GetResult();
            }

            buffer.Write(bytes);
        }

        public override Task WriteAsync(byte[] bytes, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(bytes.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
        {
            if (!response.HasStarted)
            {
                await response.StartAsync(cancellationToken).ConfigureAwait(false);
            }

            buffer.Write(bytes.Span);
        }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

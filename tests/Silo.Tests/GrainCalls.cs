using System.Collections.Concurrent;

namespace ChallengeHub.Silo.Tests;

/// <summary>
/// Counts the calls the silo's grains receive, for the grains a test watches (by key: tests use fresh keys, so another
/// test's calls never count).
/// </summary>
public sealed class GrainCalls : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<string>> _watched = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.TargetId.TryGetGuidKey(out var key, out _) && _watched.TryGetValue(key, out var calls))
        {
            calls.Enqueue($"{context.InterfaceMethod?.DeclaringType?.Name}.{context.MethodName}");
        }

        await context.Invoke();
    }

    /// <summary>Starts counting the calls to the grains keyed by <paramref name="keys"/>, until the recording is disposed.</summary>
    public Recording Watch(params Guid[] keys) => new(this, keys);

    public sealed class Recording : IDisposable
    {
        private readonly GrainCalls _owner;
        private readonly Guid[] _keys;

        internal Recording(GrainCalls owner, Guid[] keys)
        {
            _owner = owner;
            _keys = keys;
            foreach (var key in keys)
            {
                owner._watched[key] = new ConcurrentQueue<string>();
            }
        }

        /// <summary>How many calls the grains of <typeparamref name="TGrain"/> received so far, over every watched key.</summary>
        public int To<TGrain>() where TGrain : IAddressable =>
            _keys.Sum(key => _owner._watched.TryGetValue(key, out var calls) ? calls.Count(c => c.StartsWith(typeof(TGrain).Name + ".", StringComparison.Ordinal)) : 0);

        /// <summary>Every call received so far, as <c>IGrain.Method</c>, for a failure message.</summary>
        public string Describe() =>
            string.Join(", ", _keys.SelectMany(key => _owner._watched.TryGetValue(key, out var calls) ? calls : []));

        public void Dispose()
        {
            foreach (var key in _keys)
            {
                _owner._watched.TryRemove(key, out _);
            }
        }
    }
}

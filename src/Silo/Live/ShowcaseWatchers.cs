namespace ChallengeHub.Silo.Live;

/// <summary>
/// Which challenges' showcases the connections of this silo watch. A change of a team is built into a showcase entry only on a
/// silo that has a watcher of its challenge: a silo knows its own connections for certain, and a silo that stops takes its
/// connections with it, so nothing here has to be stored or expire.
/// </summary>
public sealed class ShowcaseWatchers
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<Guid>> _byConnection = [];
    private readonly Dictionary<Guid, int> _perChallenge = [];

    /// <summary>The connection watches the challenge's showcase (again: counted once).</summary>
    public void Add(string connectionId, Guid challengeId)
    {
        lock (_gate)
        {
            if (!_byConnection.TryGetValue(connectionId, out var watched))
            {
                _byConnection[connectionId] = watched = [];
            }

            if (watched.Add(challengeId))
            {
                _perChallenge[challengeId] = _perChallenge.GetValueOrDefault(challengeId) + 1;
            }
        }
    }

    /// <summary>The connection no longer watches the challenge's showcase (its watch was refused).</summary>
    public void Remove(string connectionId, Guid challengeId)
    {
        lock (_gate)
        {
            if (_byConnection.TryGetValue(connectionId, out var watched) && watched.Remove(challengeId))
            {
                Uncount(challengeId);
                if (watched.Count == 0)
                {
                    _byConnection.Remove(connectionId);
                }
            }
        }
    }

    /// <summary>The connection closed: it watches nothing any more.</summary>
    public void Disconnected(string connectionId)
    {
        lock (_gate)
        {
            if (_byConnection.Remove(connectionId, out var watched))
            {
                foreach (var challengeId in watched)
                {
                    Uncount(challengeId);
                }
            }
        }
    }

    /// <summary>True while at least one connection of this silo watches the challenge's showcase.</summary>
    public bool AnyWatch(Guid challengeId)
    {
        lock (_gate)
        {
            return _perChallenge.ContainsKey(challengeId);
        }
    }

    private void Uncount(Guid challengeId)
    {
        var left = _perChallenge[challengeId] - 1;
        if (left == 0)
        {
            _perChallenge.Remove(challengeId);
        }
        else
        {
            _perChallenge[challengeId] = left;
        }
    }
}

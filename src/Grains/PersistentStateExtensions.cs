namespace ChallengeHub.Grains;

internal static class PersistentStateExtensions
{
    /// <summary>
    /// Writes the state; when storage refuses, runs <paramref name="undo"/> so that memory never holds what storage does not,
    /// then lets the failure reach the caller (who was not acknowledged and may retry).
    /// </summary>
    public static async Task WriteOrUndoAsync<T>(this IPersistentState<T> state, Action undo)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            undo();
            throw;
        }
    }
}

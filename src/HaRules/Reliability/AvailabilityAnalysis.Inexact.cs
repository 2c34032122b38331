using System;

namespace HaRules.Reliability;

/// <summary>
/// The inexact mode, when neither conditioning nor a diagram stays within bounds, and its budget.
/// <para>
/// It conditions as the exact path does until <see cref="AvailabilityBudget.WorkLimit"/> gate
/// evaluations; past that it conditions on nothing new and treats what is left as independent.
/// Without conditioning a node's value depends only on the states fixed so far, so it is memoised
/// on its own key: the node and the epoch of those states (a counter bumped by every change of a
/// state). Within an epoch each node is evaluated once, where the memo tables of the exact path
/// (keyed on fully fixed supports) would re-evaluate every node once per path — exponential in
/// the depth of a ladder of shared gates. Should the run still pass twice the bound, it stops and
/// the root is evaluated once more with every shared node taken as independent: one evaluation per
/// node. Either way the result is flagged inexact.
/// </para>
/// </summary>
internal sealed partial class AvailabilityAnalysis
{
    private int[] _inexactEpoch = Array.Empty<int>();
    private double[] _inexactUp = Array.Empty<double>();
    private double[] _inexactDown = Array.Empty<double>();
    private int _epoch = 1;
    private bool _independent;

    /// <summary>Gate evaluations the last <see cref="Evaluate"/> made, over every stage (for tests of its bounds).</summary>
    public long LastWork { get; private set; }

    /// <summary>How the last inexact evaluation ended: true when it passed twice its bound and took every shared node as independent.</summary>
    public bool LastTookAllIndependent { get; private set; }

    private void PrepareInexact(int count)
    {
        if (_inexactEpoch.Length < count)
        {
            _inexactEpoch = new int[count];
            _inexactUp = new double[count];
            _inexactDown = new double[count];
        }
        else
        {
            Array.Clear(_inexactEpoch, 0, count);
        }

        _epoch = 1;
        LastTookAllIndependent = false;
    }

    /// <summary>Fixes (1 up, 2 down) or frees (0) a shared node; every change starts a new epoch of the inexact memo.</summary>
    private void SetState(int node, byte state)
    {
        _state[node] = state;
        _epoch++;
    }

    private (double Up, double Down)? InexactMemo(int local) =>
        _inexactEpoch[local] == _epoch ? (_inexactUp[local], _inexactDown[local]) : null;

    private void RememberInexact(int local, (double Up, double Down) value)
    {
        _inexactEpoch[local] = _epoch;
        _inexactUp[local] = value.Up;
        _inexactDown[local] = value.Down;
    }

    /// <summary>Conditioning within the budget, then independence: bounded, flagged inexact unless it never had to give up.</summary>
    private (double Up, double Down, bool Exact) Inexact(int root)
    {
        _work = 0;
        _approximate = false;
        try
        {
            var (up, down) = Eval(root);
            return (up, down, !_approximate);
        }
        catch (GiveUpException)
        {
            // Past twice the bound: start again from nothing fixed, every shared node independent.
            ClearStates();
            _epoch++;
            _approximate = true;
            _independent = true;
            LastTookAllIndependent = true;
            try
            {
                var (up, down) = Eval(root);
                return (up, down, false);
            }
            finally
            {
                _independent = false;
                _approximate = false;
            }
        }
    }

    /// <summary>In the inexact mode, past twice its bound, unwinds to the all-independent evaluation.</summary>
    private void StopInexactPastBound()
    {
        if (!_strict && !_independent && _work > 2 * _workLimit)
        {
            throw new GiveUpException();
        }
    }
}

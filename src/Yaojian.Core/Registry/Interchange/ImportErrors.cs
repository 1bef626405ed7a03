using System.Collections;

namespace Yaojian.Core.Registry.Interchange;

/// <summary>
/// Every error one import finds, counted to the end of the pass, of which only the first <see cref="MaxListed"/> (by
/// row, then by column) are kept and listed: a file of a million bad rows is refused with a thousand reasons and the
/// count of the rest, in bounded memory, rather than with four million reasons. Enumerates the listed errors in order.
/// </summary>
public sealed class ImportErrors(Func<string, int>? columnOrder = null) : IReadOnlyList<ImportError>
{
    /// <summary>How many errors an import lists, whoever reads them (web page, API, command line).</summary>
    public const int MaxListed = 1000;

    private readonly Func<string, int> _columnOrder = columnOrder ?? (static _ => 0);
    private List<ImportError> _kept = [];
    private bool _ordered = true;

    /// <summary>Every error found, listed or not.</summary>
    public int Total { get; private set; }

    /// <summary>The errors found but not listed.</summary>
    public int Omitted => Total - Listed.Count;

    /// <summary>The first <see cref="MaxListed"/> errors by row, then column (ties in the order found).</summary>
    public IReadOnlyList<ImportError> Listed
    {
        get
        {
            Trim();
            return _kept;
        }
    }

    public int Count => Listed.Count;

    public ImportError this[int index] => Listed[index];

    public void Add(ImportError error)
    {
        Total++;
        _kept.Add(error);
        _ordered = false;
        if (_kept.Count >= 2 * MaxListed)
        {
            Trim();
        }
    }

    public void AddRange(IEnumerable<ImportError> errors)
    {
        foreach (var error in errors)
        {
            Add(error);
        }
    }

    public IEnumerator<ImportError> GetEnumerator() => Listed.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Trim()
    {
        if (!_ordered)
        {
            _kept = [.. _kept.OrderBy(e => e.Row).ThenBy(e => _columnOrder(e.Column)).Take(MaxListed)];
            _ordered = true;
        }
    }
}

namespace Yaojian.Core.Registry.Interchange;

/// <summary>One reason a file was refused, located as file:row:column (row 0 and an empty column mean the whole file).</summary>
public sealed record ImportError(string File, int Row, string Column, string Reason)
{
    public override string ToString() =>
        Row > 0 ? $"{File}:{Row}:{Column}: {Reason}" : $"{File}: {Reason}";
}

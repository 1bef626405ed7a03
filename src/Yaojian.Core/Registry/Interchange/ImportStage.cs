namespace Yaojian.Core.Registry.Interchange;

/// <summary>The stages an import reports, in order: the file is read, every row checked, then written.</summary>
public enum ImportStage
{
    Read = 1,
    Check = 2,
    Write = 3,
}

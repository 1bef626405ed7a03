namespace Yaojian.Core.Registry;

/// <summary>The control class of a product (KZ-D-2.1).</summary>
public enum ControlClass
{
    None = 0,
    Narcotic = 1,
    Psychotropic1 = 2,
    Psychotropic2 = 3,
    Precursor = 4,
    StimulantContaining = 5,
    SpecialCompound = 6,
}

namespace Yaojian.Core.Sampling;

/// <summary>The laboratory's conclusion (检验结论): conforms (符合规定) or does not (不符合规定).</summary>
public enum SampleConclusion
{
    Conforming = 1,
    Nonconforming = 2,
}

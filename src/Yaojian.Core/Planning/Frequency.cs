namespace Yaojian.Core.Planning;

/// <summary>How often a rule wants its entities inspected. One of the three kinds below.</summary>
public abstract record Frequency;

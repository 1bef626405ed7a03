namespace Yaojian.Core.Planning;

/// <summary>A drawn plan is a draft until published (公示); a published draw is never drawn again.</summary>
public enum PlanStatus
{
    Draft = 1,
    Published = 2,
}

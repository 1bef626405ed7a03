namespace Yaojian.Core.Registry;

/// <summary>Safety credit grade (信用等级, HG-2.1, HG-5); how often each grade is inspected lives in the plan file.</summary>
public enum CreditGrade
{
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

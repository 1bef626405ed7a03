namespace Yaojian.Core.Security;

/// <summary>The caller of the current request or circuit, for services the framework creates (Identity's stores).</summary>
public interface ICallerAccessor
{
    Caller Current { get; }
}

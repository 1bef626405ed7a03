using Yaojian.Core.Registry;

namespace Yaojian.Core.Demo;

/// <summary>A township or street of the demo county, its station and what kind of area its seat is.</summary>
public sealed record DemoTownship(string Name, string StationCode, AreaClass SeatArea);

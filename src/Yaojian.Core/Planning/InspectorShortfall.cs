namespace Yaojian.Core.Planning;

/// <summary>A unit without enough drawable inspectors for some of its visits (after conflicts are set aside).</summary>
public sealed record InspectorShortfall(string Unit, int Needed, int Available, int Visits, string ExampleEntity);

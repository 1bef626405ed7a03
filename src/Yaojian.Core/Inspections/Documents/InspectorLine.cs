namespace Yaojian.Core.Inspections.Documents;

/// <summary>An inspector on a document: name and law-enforcement certificate number (执法证号), when known.</summary>
public sealed record InspectorLine(string Name, string? CertificateNumber = null);

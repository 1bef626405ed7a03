namespace Yaojian.Core.Registry;

/// <summary>A product of the catalogue with its control class and the date it was first controlled (KZ-D-2.1).</summary>
public class Product
{
    public int Id { get; set; }

    /// <summary>批准文号 (approval number) or, for devices, 注册证编号.</summary>
    public required string ApprovalNumber { get; set; }

    public required string Name { get; set; }

    public ControlClass ControlClass { get; set; }

    /// <summary>Dextromethorphan, eszopiclone and the fentanyl class were newly controlled from 2023.</summary>
    public DateOnly? FirstControlledOn { get; set; }

    public ProductFlags Flags { get; set; }
}

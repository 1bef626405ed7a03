using System.Globalization;

namespace Yaojian.Web.Components.Shared;

/// <summary>Maps an interchange column name (<c>credit_grade</c>) to the form model's property (<c>CreditGrade</c>).</summary>
public static class InputFieldName
{
    public static string Of(string column) =>
        string.Concat(column.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..]));
}

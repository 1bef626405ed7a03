using System.Globalization;
using System.Text;
using Yaojian.Cli;

// Messages are Simplified Chinese whatever the machine's locale; numbers and dates follow zh-CN.
var chinese = CultureInfo.GetCultureInfo("zh-CN");
CultureInfo.DefaultThreadCurrentCulture = chinese;
CultureInfo.DefaultThreadCurrentUICulture = chinese;
CultureInfo.CurrentCulture = chinese;
CultureInfo.CurrentUICulture = chinese;
Console.OutputEncoding = Encoding.UTF8;

return await CliApp.RunAsync(args);

using Microsoft.AspNetCore.Identity;
using Yaojian.Core.Common;
using Yaojian.Core.Resources;

namespace Yaojian.Core.Security;

/// <summary>Identity's messages (password policy, duplicate names) in Chinese, from the glossary resources.</summary>
public sealed class ChineseIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), Text.Identity_DefaultError);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), EnumText.Format(Text.Identity_DuplicateUserName, userName));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), EnumText.Format(Text.Identity_InvalidUserName, userName));

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), EnumText.Format(Text.Identity_PasswordTooShort, length));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), Text.Identity_PasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), Text.Identity_PasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), Text.Identity_PasswordRequiresUpper);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), Text.Identity_PasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), EnumText.Format(Text.Identity_PasswordRequiresUniqueChars, uniqueChars));

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), Text.Identity_PasswordMismatch);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), EnumText.Format(Text.Identity_DuplicateRoleName, role));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}

using System.Buffers;
using System.IO.Hashing;
using System.Text;

namespace Yaojian.Core.Planning;

/// <summary>
/// The random numbers of the draw (双随机). Each is XXH3-64 of <c>purpose + "|" + code</c> (UTF-8) with the published
/// seed as the hash seed, so anyone can recompute an entity's or an inspector's number from the seed alone, and
/// adding one entity to the registry does not reshuffle the others.
/// </summary>
public static class DrawKey
{
    public static ulong For(long seed, string purpose, string code) => For(seed, purpose, code.AsSpan());

    /// <summary>As <see cref="For(long, string, string)"/>, for a code put together on the stack rather than in a new string.</summary>
    public static ulong For(long seed, string purpose, ReadOnlySpan<char> code)
    {
        var length = Encoding.UTF8.GetMaxByteCount(purpose.Length + code.Length + 1);
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var buffer = rented ?? stackalloc byte[length];
        try
        {
            var written = Encoding.UTF8.GetBytes(purpose, buffer);
            buffer[written++] = (byte)'|';
            written += Encoding.UTF8.GetBytes(code, buffer[written..]);
            return XxHash3.HashToUInt64(buffer[..written], seed);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}

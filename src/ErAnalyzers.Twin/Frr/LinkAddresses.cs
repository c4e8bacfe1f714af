using System;
using System.Buffers.Binary;
using System.Net;

namespace ErAnalyzers.Twin.Frr;

/// <summary>
/// The two ends of a link subnet (a /30 or a /126): the customer edge takes the first usable address, Microsoft the
/// second (Microsoft Learn, "ExpressRoute routing requirements").
/// </summary>
internal readonly record struct LinkAddresses(IPAddress Customer, IPAddress Microsoft)
{
    /// <summary>The ends of <paramref name="subnet"/>, a network as the design writes it (<c>192.168.100.128/30</c>).</summary>
    public static LinkAddresses Of(string subnet)
    {
        var network = IPNetwork.Parse(subnet);
        return new(Offset(network.BaseAddress, 1), Offset(network.BaseAddress, 2));
    }

    private static IPAddress Offset(IPAddress address, int offset)
    {
        byte[] bytes = address.GetAddressBytes();
        if (bytes.Length == 4)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes, BinaryPrimitives.ReadUInt32BigEndian(bytes) + (uint)offset);
        }
        else
        {
            BinaryPrimitives.WriteUInt128BigEndian(bytes, BinaryPrimitives.ReadUInt128BigEndian(bytes) + (UInt128)offset);
        }

        return new IPAddress(bytes);
    }
}

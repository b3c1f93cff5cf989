package io.github.tldr4j.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which network addresses a fetch may reach by default: only public ones. Refused are loopback,
 * unspecified, private (RFC 1918), shared (RFC 6598, 100.64.0.0/10, where some clouds put their
 * metadata service), link-local (169.254.0.0/16, the usual cloud metadata address, and fe80::/10),
 * unique-local IPv6 (fc00::/7), multicast, broadcast and reserved ranges, and IPv6 forms that embed
 * such an IPv4 address (mapped, compatible, NAT64, 6to4). Stateless.
 */
final class Addresses {

  private Addresses() {}

  /** Whether the address is public (may be fetched without opting in). */
  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicV4(b);
    }
    if (address instanceof Inet6Address) {
      int first = b[0] & 0xFF;
      if ((first & 0xFE) == 0xFC) { // fc00::/7 unique local
        return false;
      }
      if (first == 0xFE && (b[1] & 0xC0) == 0xC0) { // fec0::/10 old site-local
        return false;
      }
      boolean zeros80 = true;
      for (int i = 0; i < 10; i++) {
        zeros80 &= b[i] == 0;
      }
      if (zeros80 && ((b[10] == 0 && b[11] == 0) || ((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF))) {
        // ::a.b.c.d (compatible) and ::ffff:a.b.c.d (mapped)
        return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
        // 64:ff9b::/96 NAT64
        return isPublicV4(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) { // 2002::/16 6to4
        return isPublicV4(new byte[] {b[2], b[3], b[4], b[5]});
      }
      if (first == 0x01 && b[1] == 0 && b[2] == 0 && b[3] == 0) { // 100::/64 discard
        return false;
      }
      return true;
    }
    return false;
  }

  private static boolean isPublicV4(byte[] b) {
    int a0 = b[0] & 0xFF;
    int a1 = b[1] & 0xFF;
    int a2 = b[2] & 0xFF;
    if (a0 == 0 || a0 == 10 || a0 == 127 || a0 >= 224) { // this network, private, loopback, multicast, reserved
      return false;
    }
    if (a0 == 100 && (a1 & 0xC0) == 64) { // 100.64.0.0/10 shared address space
      return false;
    }
    if (a0 == 169 && a1 == 254) { // link-local, cloud metadata
      return false;
    }
    if (a0 == 172 && (a1 & 0xF0) == 16) {
      return false;
    }
    if (a0 == 192 && a1 == 168) {
      return false;
    }
    if (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) { // IETF protocol assignments, TEST-NET-1
      return false;
    }
    if (a0 == 198 && (a1 == 18 || a1 == 19)) { // benchmarking
      return false;
    }
    if (a0 == 198 && a1 == 51 && a2 == 100) { // TEST-NET-2
      return false;
    }
    return !(a0 == 203 && a1 == 0 && a2 == 113); // TEST-NET-3
  }
}

package io.github.tldr4j.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AddressesTest {

  @ParameterizedTest
  @CsvSource({
    // refused: loopback, unspecified, private, shared, link-local and metadata, reserved
    "127.0.0.1, false", "127.9.9.9, false", "0.0.0.0, false", "10.1.2.3, false",
    "172.16.0.1, false", "172.31.255.255, false", "192.168.1.1, false", "100.64.0.1, false",
    "100.100.100.200, false", "169.254.169.254, false", "224.0.0.1, false", "255.255.255.255, false",
    "240.0.0.1, false", "192.0.0.170, false", "198.18.0.1, false",
    "::1, false", "::, false", "fe80::1, false", "fc00::1, false", "fd00:ec2::254, false",
    "::ffff:127.0.0.1, false", "::ffff:169.254.169.254, false", "64:ff9b::a9fe:a9fe, false",
    "2002:0a00:0001::1, false", "ff02::1, false",
    // public
    "8.8.8.8, true", "172.32.0.1, true", "100.128.0.1, true", "169.255.0.1, true",
    "93.184.216.34, true", "2606:4700::1111, true", "::ffff:8.8.4.4, true", "64:ff9b::808:808, true"
  })
  void onlyPublicAddressesAreAllowedByDefault(String address, boolean expected)
      throws UnknownHostException {
    assertEquals(expected, Addresses.isPublic(InetAddress.getByName(address)), address);
  }
}

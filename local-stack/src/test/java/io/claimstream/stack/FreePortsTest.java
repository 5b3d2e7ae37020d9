package io.claimstream.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void allocatedPortsAreDistinctAndBindableOnLoopback() throws Exception {
        List<Integer> ports = FreePorts.allocate(4);
        assertThat(ports).hasSize(4).doesNotHaveDuplicates().allMatch(p -> p > 0 && p < 65536);
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(socket.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void aPortSomeoneListensOnIsNotFree() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(FreePorts.isFree(busy.getLocalPort())).isFalse();
        }
    }
}

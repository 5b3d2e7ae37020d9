package io.claimstream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Picks ports that are free on the loopback interface right now. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * Returns {@code count} distinct free loopback ports. All sockets stay open until every port is chosen, so the
     * kernel cannot hand the same port out twice; a tiny race with other processes remains until the child binds.
     */
    static List<Integer> allocate(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return List.copyOf(ports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot allocate a free loopback port", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing a never-used listening socket cannot lose data
                }
            }
        }
    }

    /** As {@link #allocate}, never returning one of {@code taken} (ports asked for by the user, or already chosen). */
    static List<Integer> allocateExcept(int count, java.util.Set<Integer> taken) {
        List<Integer> ports = allocate(count + taken.size()).stream().filter(p -> !taken.contains(p)).toList();
        return List.copyOf(ports.subList(0, count));
    }

    /** True when nothing listens on {@code port} on loopback (used to reuse ports of a previous run). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }
}

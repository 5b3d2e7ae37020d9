package io.claimstream.cli.security;

import io.claimstream.stack.LocalStack;
import io.claimstream.stack.LocalStackOptions;
import io.claimstream.stack.StackSecurity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a {@link SecureStack}: this package's OWN stack with SASL/SCRAM and ACLs, started once per test JVM in a
 * temp dir (never the shared plain stack of LocalStackExtension, and never an external one) and stopped when the
 * test plan ends.
 */
final class SecureStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SecureStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SecureStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .stack();
    }

    private record Running(LocalStack local, SecureStack stack) implements ExtensionContext.Store.CloseableResource {

        static Running start() {
            try {
                Path dataDir = Files.createTempDirectory("claimstream-secure-stack-");
                LocalStack local = LocalStack.start(LocalStackOptions.defaults().withDataDir(dataDir)
                        .withSecurity(StackSecurity.SASL_SCRAM));
                return new Running(local, SecureStack.of(local));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            local.close();
            try (Stream<Path> paths = Files.walk(local.dataDir())) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}

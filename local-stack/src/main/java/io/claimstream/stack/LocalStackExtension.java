package io.claimstream.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects {@link StackEndpoints} into tests ({@code @ExtendWith(LocalStackExtension.class)}). The stack starts once
 * per test JVM (kept in the root store, stopped when the JVM's test plan ends) in a fresh temp data dir. When env
 * {@code CLAIMSTREAM_BOOTSTRAP_SERVERS} and {@code CLAIMSTREAM_SCHEMA_REGISTRY_URL} are both set, that external
 * stack is used instead and nothing is started.
 */
public final class LocalStackExtension implements ParameterResolver {

    static final String ENV_BOOTSTRAP = "CLAIMSTREAM_BOOTSTRAP_SERVERS";
    static final String ENV_REGISTRY = "CLAIMSTREAM_SCHEMA_REGISTRY_URL";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == StackEndpoints.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedStack.class, key -> SharedStack.startOrReuse(System::getenv), SharedStack.class)
                .endpoints();
    }

    /** The per-JVM stack; closed by JUnit when the root context closes. */
    static final class SharedStack implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final StackEndpoints endpoints;
        private final LocalStack stack;

        private SharedStack(StackEndpoints endpoints, LocalStack stack) {
            this.endpoints = endpoints;
            this.stack = stack;
        }

        static SharedStack startOrReuse(Function<String, String> env) {
            String bootstrap = env.apply(ENV_BOOTSTRAP);
            String registry = env.apply(ENV_REGISTRY);
            if (bootstrap != null && !bootstrap.isBlank() && registry != null && !registry.isBlank()) {
                return new SharedStack(new StackEndpoints(bootstrap, registry), null);
            }
            LocalStack stack = LocalStack.start(LocalStackOptions.defaults().withDataDir(tempDataDir()));
            return new SharedStack(stack.endpoints(), stack);
        }

        private static Path tempDataDir() {
            try {
                return Files.createTempDirectory("claimstream-stack-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        StackEndpoints endpoints() {
            return endpoints;
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
                try {
                    KafkaNode.deleteRecursively(stack.dataDir());
                } catch (IOException e) {
                    // a leftover temp dir is only litter
                }
            }
        }
    }
}

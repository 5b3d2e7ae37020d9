package io.claimstream.stack;

/**
 * Logging configs for the child broker JVM. Its stdout/stderr go to {@code logs/kafka.log}, so both configs log to
 * the console. The broker logs through whichever SLF4J binding is on the classpath: log4j2 in this module (the
 * optional log4j-slf4j2-impl dependency, as in the Kafka distribution), logback in modules that use it.
 */
final class BrokerLogging {

    private BrokerLogging() {
    }

    static String log4j2Properties() {
        return """
                # Written by claimstream local-stack.
                status = warn
                appender.console.type = Console
                appender.console.name = STDOUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = INFO
                rootLogger.appenderRef.stdout.ref = STDOUT
                logger.request.name = kafka.request.logger
                logger.request.level = WARN
                logger.clients.name = org.apache.kafka.clients
                logger.clients.level = WARN
                """;
    }

    static String logbackXml() {
        return """
                <!-- Written by claimstream local-stack. -->
                <configuration>
                  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>[%d] %level %logger - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="kafka.request.logger" level="WARN"/>
                  <logger name="org.apache.kafka.clients" level="WARN"/>
                  <root level="INFO"><appender-ref ref="STDOUT"/></root>
                </configuration>
                """;
    }
}

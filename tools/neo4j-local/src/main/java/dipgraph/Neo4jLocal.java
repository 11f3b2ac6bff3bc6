package dipgraph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Embedded Neo4j Community with Bolt on 127.0.0.1, no auth, for development and tests.
 *
 * <p>Usage: {@code Neo4jLocal PORT DATA_DIR}. DATA_DIR is the Neo4j home: the store goes to DATA_DIR/data
 * and the logs to DATA_DIR/logs. Prints {@code bolt://127.0.0.1:PORT} once Bolt accepts connections and
 * runs until SIGTERM or SIGINT, which shut the DBMS down cleanly.
 */
public final class Neo4jLocal {
    private static final String HOST = "127.0.0.1";
    private static final long MIB = 1024L * 1024L;

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: Neo4jLocal PORT DATA_DIR");
            System.exit(2);
        }
        try {
            run(Integer.parseInt(args[0]), Path.of(args[1]).toAbsolutePath());
        } catch (Throwable e) {
            e.printStackTrace();
            // exit() rather than return: Neo4j's worker threads would keep a failed JVM alive.
            System.exit(1);
        }
    }

    private static void run(int port, Path home) throws InterruptedException {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                // Netty's default quiet period makes every shutdown wait 10 s, even with no client connected.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64 * MIB)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 256 * MIB)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 128 * MIB)
                .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-local-shutdown"));

        waitForBolt(port);
        System.out.println("bolt://" + HOST + ":" + port);
        System.out.flush();
        stopped.await();
    }

    private static void waitForBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Bolt did not accept connections on " + HOST + ":" + port, e);
                }
                Thread.sleep(100);
            }
        }
    }
}

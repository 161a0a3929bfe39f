package org.tessera.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code --inspect}: a Chrome DevTools client connects over the WebSocket, sets a breakpoint in
 * a Python function, is told where the program paused, evaluates an expression in that frame and
 * lets the program finish.
 */
@Timeout(120)
class InspectTest {
    private static final String PROGRAM = """
                    def used(n):
                        return [n] * 3

                    total = 0
                    for i in range(10):
                        total += len(used(i))
                    """;

    @Test
    void aBreakpointIsHitAndTheFrameEvaluates() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Context context = Context.newBuilder("tessera").option("engine.WarnInterpreterOnly", "false").option("inspect", String.valueOf(port)).option("inspect.Path", "tessera-test")
                        .option("inspect.Suspend", "false").option("inspect.WaitAttached", "true").build();
        Source source = Source.newBuilder("tessera", PROGRAM, "inspected.py").buildLiteral();
        CompletableFuture<Object> run = CompletableFuture.supplyAsync(() -> context.eval(source));

        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocketClient ws = connect(URI.create("ws://127.0.0.1:" + port + "/tessera-test"), messages);
        send(ws, 1, "Runtime.enable", "{}");
        send(ws, 2, "Debugger.enable", "{}");
        send(ws, 3, "Debugger.setBreakpointByUrl", "{\"lineNumber\":1,\"urlRegex\":\".*inspected\\\\.py$\"}");
        String breakpoint = await(messages, m -> m.contains("\"id\":3"));
        assertTrue(breakpoint.contains("breakpointId"), breakpoint);
        send(ws, 4, "Runtime.runIfWaitingForDebugger", "{}");

        String paused = await(messages, m -> m.contains("\"method\":\"Debugger.paused\""));
        assertTrue(paused.contains("\"functionName\":\"used\""), paused);
        String frameId = paused.replaceAll("(?s).*?\"callFrameId\":\"([^\"]+)\".*", "$1");
        send(ws, 5, "Debugger.evaluateOnCallFrame", "{\"callFrameId\":\"" + frameId + "\",\"expression\":\"n * 10 + 7\"}");
        String evaluated = await(messages, m -> m.contains("\"id\":5"));
        assertTrue(evaluated.contains("\"value\":7"), "n is 0 at the first stop: " + evaluated);

        String id = breakpoint.replaceAll("(?s).*\"breakpointId\":\"([^\"]+)\".*", "$1");
        send(ws, 6, "Debugger.removeBreakpoint", "{\"breakpointId\":\"" + id + "\"}");
        await(messages, m -> m.contains("\"id\":6"));
        send(ws, 7, "Debugger.resume", "{}");
        run.get(60, TimeUnit.SECONDS);
        assertEquals(30, context.getBindings("tessera").getMember("total").asInt());
        ws.close();
        context.close();
    }

    private static WebSocketClient connect(URI uri, BlockingQueue<String> messages) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            WebSocketClient client = new WebSocketClient(uri) {
                @Override
                public void onOpen(ServerHandshake handshake) {
                }

                @Override
                public void onMessage(String message) {
                    messages.add(message);
                }

                @Override
                public void onClose(int code, String reason, boolean remote) {
                }

                @Override
                public void onError(Exception e) {
                }
            };
            if (client.connectBlocking(10, TimeUnit.SECONDS)) {
                return client;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("could not connect to " + uri);
    }

    private static void send(WebSocketClient ws, int id, String method, String params) {
        ws.send("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
    }

    private static String await(BlockingQueue<String> messages, Predicate<String> wanted) throws InterruptedException {
        while (true) {
            String m = messages.poll(60, TimeUnit.SECONDS);
            assertNotNull(m, "no message from the inspector");
            if (wanted.test(m)) {
                return m;
            }
        }
    }
}

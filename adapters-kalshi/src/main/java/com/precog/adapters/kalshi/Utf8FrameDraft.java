package com.precog.adapters.kalshi;

import java.nio.ByteBuffer;
import org.java_websocket.WebSocketImpl;
import org.java_websocket.drafts.Draft;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.enums.Opcode;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.Framedata;

/**
 * RFC 6455 as Java-WebSocket implements it, with one shortcut: a complete (FIN) text frame's
 * UTF-8 payload is first offered to {@link Sink} as bytes; only when the sink declines is it
 * decoded into a String and delivered through {@code onMessage(String)} as usual. The library
 * has already validated the payload as UTF-8 when it built the frame. Kalshi does not fragment
 * its frames; a fragmented message still goes the library's way.
 */
final class Utf8FrameDraft extends Draft_6455 {
    /** Takes a text frame's payload; true when it was consumed, false to let the library decode it. */
    @FunctionalInterface
    interface Sink {
        boolean offer(byte[] a, int off, int len);
    }

    private final Sink sink;

    Utf8FrameDraft(Sink sink) {
        this.sink = sink;
    }

    @Override
    public Draft copyInstance() {
        return new Utf8FrameDraft(sink);
    }

    @Override
    public void processFrame(WebSocketImpl ws, Framedata frame) throws InvalidDataException {
        if (frame.getOpcode() == Opcode.TEXT && frame.isFin()) {
            ByteBuffer p = frame.getPayloadData();
            if (p.hasArray() && sink.offer(p.array(), p.arrayOffset() + p.position(), p.remaining())) return;
        }
        super.processFrame(ws, frame);
    }
}
